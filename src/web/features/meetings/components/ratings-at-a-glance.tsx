import { hasStatus } from '../../../api-client/api-request-error';
import { useRatingHistory } from '../api/use-rating-history';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { RatingChange } from './rating-change';
import { RatingSparkline } from './rating-sparkline';

/** Each area's latest rating next to earlier ones; the server orders improvements first. */
export function RatingsAtAGlance({ personId }: { personId: string }) {
  const history = useRatingHistory(personId);
  if (history.isPending) return <LoadingMessage what="ratings" />;
  if (history.isError) return hasStatus(history.error, 403) ? null : <ErrorMessage error={history.error} />;
  const rated = history.data.areas.filter((a) => a.latest !== null);
  if (rated.length === 0) return <p className="muted">No ratings yet. They are made at the start of each meeting.</p>;
  return (
    <table className="table stacked-table ratings-table">
      <caption>
        Ratings from 1 (totally dissatisfied) to 7 (totally satisfied), over the last{' '}
        {history.data.meetings.length === 1 ? 'meeting' : `${history.data.meetings.length} meetings`}, improvements
        first
      </caption>
      <thead>
        <tr>
          <th scope="col">Area</th>
          <th scope="col">Latest</th>
          <th scope="col">Since last time</th>
          <th scope="col">Over time</th>
        </tr>
      </thead>
      <tbody>
        {history.data.areas.map((area) => {
          const values = area.history.map((p) => p.value);
          const said = values.filter((v) => v !== null).join(', ');
          return (
            <tr key={area.area.id}>
              <th scope="row" className="stacked-table__title">
                {area.area.label}
                {area.moreHelp && <span className="block small">More help wanted</span>}
              </th>
              <td data-label="Latest">{area.latest ?? <span className="muted">Not rated</span>}</td>
              <td data-label="Since last time">
                <RatingChange area={area} />
              </td>
              <td data-label="Over time">
                <RatingSparkline
                  values={values}
                  description={
                    said ? `${area.area.label}, oldest to newest: ${said}` : `${area.area.label}: not rated yet`
                  }
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
