import type { AuthorDto } from '../../../../shared/api/care-plan.responses';
import { CARE_TEAM_ROLE_LABELS } from '../../../../shared/api/labels';
import { formatDateTime } from '../../../ui/format/format-date';

/** "Written by Robin Fairley (Care coordinator), 4 Mar 2026, 14:05", so every part shows who wrote it. */
export function AuthorLine({
  author,
  at,
  verb = 'Written by',
}: {
  author: AuthorDto | null;
  at: string | null;
  verb?: string;
}) {
  if (!author) return <p className="muted small">Not written yet.</p>;
  const labels: Record<string, string> = CARE_TEAM_ROLE_LABELS;
  const role = author.kind === 'person' ? null : (labels[author.role] ?? author.role.replaceAll('_', ' '));
  return (
    <p className="muted small">
      {verb} {author.name}
      {role ? ` (${role})` : ''}
      {at ? `, ${formatDateTime(at)}` : ''}
    </p>
  );
}
