import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { carePlanDocument } from './care-plan-document';
import { loadCarePlanView } from './load-care-plan-view';
import { renderPdf } from './render-pdf';
import { documentOf, type DocumentInput } from './document-of';

export interface CarePlanPdf {
  pdf: Buffer;
  version: number;
  fileName: string;
}

/** The plan as a PDF made on the server, for the person to keep or print; the download is audited. */
export async function exportCarePlanPdf(
  deps: ServiceDeps,
  input: DocumentInput & { personId: string; version?: number },
  actor: Actor,
): Promise<CarePlanPdf> {
  const now = deps.now();
  const view = await deps.uow.run(async (repositories) => {
    const { kind, rules } = documentOf(repositories, input.kind);
    const access = await requirePersonAccess(repositories, actor, input.personId, rules.readAction, now);
    const loaded = await loadCarePlanView(repositories, access, actor, { version: input.version, now, kind });
    await recordAudit(repositories, actor, now, {
      action: `${kind}.export`,
      personId: access.person.id,
      basis: access.basis,
      detail: { version: loaded.version, format: 'pdf' },
    });
    return loaded;
  });
  // Rendered after the transaction closes, so a slow document never holds the plan's row.
  const pdf = await renderPdf(carePlanDocument(view, now));
  return { pdf, version: view.version, fileName: `${view.kind.replaceAll('_', '-')}-version-${view.version}.pdf` };
}
