import type { TeamResponse } from '../../../../shared/api/people.responses';
import { reviewStatusFor } from '../../reviews/review-status-for';

/** The team at a glance: how many people and workers, and what needs attention. */
export function TeamFigures({ team }: { team: TeamResponse }) {
  const working = team.workers.filter((worker) => !worker.hasLeft).length;
  const overdue = team.people.filter((person) => reviewStatusFor(person.nextReviewDue) === 'overdue').length;
  const dueSoon = team.people.filter((person) => reviewStatusFor(person.nextReviewDue) === 'due_soon').length;
  const withoutCoordinator = team.people.filter((person) => !person.careCoordinator).length;
  const figures = [
    { value: team.people.length, label: 'people supported' },
    { value: working, label: 'workers' },
    { value: overdue, label: 'reviews overdue' },
    { value: dueSoon, label: 'reviews due in the next 4 weeks' },
    { value: withoutCoordinator, label: 'people without a care coordinator' },
  ];
  return (
    <ul className="stat-grid">
      {figures.map((figure) => (
        <li className="stat" key={figure.label}>
          <span className="stat__number">{figure.value.toLocaleString('en-GB')}</span>{' '}
          <span className="stat__label">{figure.label}</span>
        </li>
      ))}
    </ul>
  );
}
