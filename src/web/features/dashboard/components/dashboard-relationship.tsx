import type {
  CorrelationDto,
  DistributionDto,
  RelationshipFiguresResponse,
  RelationshipGroupDto,
} from '../../../../shared/api/analytics.responses';
import { ChartBoxPlot, type BoxPlotRow } from '../../../ui/charts/chart-box-plot';
import { formatP, P_METHOD_WORDS } from '../dashboard-format';
import { TestInWords } from './test-in-words';

type Figure = 'personFeedback' | 'lifeDomains';

interface Named extends RelationshipGroupDto {
  key: string;
  label: string;
  group: string;
}

const oneDecimal = (value: number) => value.toFixed(1);

/**
 * Relationship feedback (the person's own answers, 1–5) and quality of life (eight life domains,
 * 1–7) by site and by team, with the rank test across sites, how the two go together and who
 * changed reliably. A group with too few people to hide its members is named but not drawn.
 */
export function DashboardRelationship({ figures }: { figures: RelationshipFiguresResponse }) {
  const groups: Named[] = [
    ...figures.bySite.map((site) => ({ ...site, key: `site-${site.siteId}`, label: site.siteName, group: 'Sites' })),
    ...figures.byTeam.map((team) => ({ ...team, key: `team-${team.teamId}`, label: team.teamName, group: 'Teams' })),
  ];
  return (
    <>
      <p>
        What people said about their meetings with their workers (Tandem&rsquo;s own short questionnaire, 1 to 5; not a
        validated instrument), and how satisfied they were with eight areas of their life at their latest rated meeting
        (1 to 7). Groups of fewer than {figures.minimumGroupSize} people are not shown, so that nobody&rsquo;s answers
        can be worked out.
      </p>
      <RelationshipChart
        figure="personFeedback"
        groups={groups}
        caption="People’s feedback on their meetings (1–5)"
        axisMax={5}
      />
      <TestInWords test={figures.siteTests.personFeedback} />
      <RelationshipChart
        figure="lifeDomains"
        groups={groups}
        caption="Satisfaction with life, eight areas (1–7)"
        axisMax={7}
      />
      <TestInWords test={figures.siteTests.lifeDomains} />
      <h3>How the relationship goes with quality of life and recovery</h3>
      <ul>
        <li>{correlationInWords(figures.correlations.feedbackWithLifeDomains, 'satisfaction with life')}</li>
        <li>{correlationInWords(figures.correlations.feedbackWithRecovery, 'recovery scores (QPR-15)')}</li>
      </ul>
      <h3>Reliable change in satisfaction with life</h3>
      <p>{reliableChangeInWords(figures.reliableChange)}</p>
    </>
  );
}

function RelationshipChart({
  figure,
  groups,
  caption,
  axisMax,
}: {
  figure: Figure;
  groups: readonly Named[];
  caption: string;
  axisMax: number;
}) {
  // Both figures are answers on a scale that starts at 1.
  const rows: BoxPlotRow[] = groups.flatMap((g) => {
    const distribution: DistributionDto | null = g[figure];
    return distribution ? [{ key: g.key, label: g.label, group: g.group, distribution }] : [];
  });
  const hidden = groups.filter((g) => g[figure] === null).map((g) => g.label);
  return (
    <>
      {rows.length > 0 ? (
        <ChartBoxPlot caption={caption} rows={rows} axisMin={1} axisMax={axisMax} format={oneDecimal} />
      ) : (
        <p>
          <strong>{caption}:</strong> too few people have answered in this period to show.
        </p>
      )}
      {hidden.length > 0 && rows.length > 0 && <p className="hint">Too few people to show: {hidden.join(', ')}.</p>}
    </>
  );
}

/** Spearman's rho in plain words, with its p-value and how many people it rests on. */
export function correlationInWords(correlation: CorrelationDto, what: string): string {
  if (correlation.rho === null || correlation.p === null) {
    return `Feedback and ${what}: too few people have both in this period to say (${correlation.n}).`;
  }
  const size = Math.abs(correlation.rho);
  const method = correlation.method ? ` (${P_METHOD_WORDS[correlation.method]})` : '';
  const numbers = `Spearman’s rho = ${correlation.rho.toFixed(2)}, ${formatP(correlation.p)}${method}, ${correlation.n.toLocaleString('en-GB')} people`;
  const chance = correlation.p < 0.05 ? 'unlikely to be chance alone' : 'could well be chance';
  if (size < 0.1) return `Feedback and ${what}: hardly related (${numbers}).`;
  const strength = size < 0.3 ? 'weakly' : size < 0.5 ? 'moderately' : 'strongly';
  const direction = correlation.rho > 0 ? 'higher' : 'lower';
  return `Feedback and ${what}: ${strength} related; people who rated their meetings higher tended to have ${direction} ${what} (${numbers}; ${chance}).`;
}

/** The Jacobson–Truax counts in plain words. */
export function reliableChangeInWords(change: RelationshipFiguresResponse['reliableChange']): string {
  if (!change) return 'Too few people were rated at two or more meetings in this period to say who changed reliably.';
  return (
    `Of ${change.people.toLocaleString('en-GB')} people rated at two or more meetings, ${change.improved} became reliably more satisfied, ` +
    `${change.deteriorated} reliably less satisfied, and ${change.unchanged} changed less than the measure can tell apart from chance ` +
    `(Jacobson–Truax reliable change index, first against last rating; standard deviation at the start ${change.baselineSd.toFixed(2)}, reliability ${change.reliability}).`
  );
}
