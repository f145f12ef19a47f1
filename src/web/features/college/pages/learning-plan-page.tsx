import '../college.css';
import { useState } from 'react';
import { Link } from 'react-router';
import type { LearningGoalDto, MyLearningPlanResponse } from '../../../../shared/api/college-students.responses';
import type { Me } from '../../../../shared/api/sessions.responses';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { useAnnounce } from '../../../ui/live-announcer';
import { LoadingMessage } from '../../../ui/loading-message';
import { useLearningPlan, useRemoveLearningGoal, useSetCollegeSharing } from '../api/college-students-api';
import { useCollegeMe } from '../api/college-queries';
import { LearningGoalForm } from '../components/learning-goal-form';
import { LearningGoalText } from '../components/learning-goal-text';

/** The student's own learning plan: their goals, the courses for each, and whether their care team sees it. */
export function LearningPlanPage({ me }: { me: Me }) {
  usePageTitle('Your learning plan');
  const college = useCollegeMe(true);
  const isStudent = Boolean(college.data?.student);
  const plan = useLearningPlan(isStudent);
  return (
    <>
      <h1>Your learning plan</h1>
      {college.isPending && <LoadingMessage what="your learning plan" />}
      {college.isError && <ErrorMessage error={college.error} />}
      {college.data && !isStudent && (
        <p>
          You are not a student of the Recovery College yet. <Link to="/college/join">Join the college</Link> to make a
          learning plan.
        </p>
      )}
      {plan.isError && <ErrorMessage error={plan.error} />}
      {plan.data && <Plan plan={plan.data} accountId={me.accountId} />}
    </>
  );
}

function Plan({ plan, accountId }: { plan: MyLearningPlanResponse; accountId: string }) {
  return (
    <>
      <p className="lead">
        What you want to learn, in your own words, and the courses that help.{' '}
        <Link to="/college">Find courses in the prospectus</Link> or see{' '}
        <Link to="/college/my-courses">your courses</Link>.
      </p>
      {plan.isServiceUser && <Sharing shares={plan.sharesWithCareTeam} />}
      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">Your goals</h2>
        {plan.goals.length === 0 && <p className="empty-state">You have not written any goals yet.</p>}
        <ul className="card-list">
          {plan.goals.map((goal) => (
            <li key={goal.id} className="card">
              <Goal goal={goal} plan={plan} accountId={accountId} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new-goal-heading">
        <h2 id="new-goal-heading">Add a goal</h2>
        <LearningGoalForm accountId={accountId} goal={null} courses={plan.courses} carePlanGoals={plan.carePlanGoals} />
      </section>
    </>
  );
}

function Goal({ goal, plan, accountId }: { goal: LearningGoalDto; plan: MyLearningPlanResponse; accountId: string }) {
  const [isEditing, setEditing] = useState(false);
  const remove = useRemoveLearningGoal();
  const announce = useAnnounce();
  if (isEditing)
    return (
      <LearningGoalForm
        accountId={accountId}
        goal={goal}
        courses={plan.courses}
        carePlanGoals={plan.carePlanGoals}
        onDone={() => setEditing(false)}
      />
    );
  return (
    <article aria-label={goal.text}>
      <LearningGoalText goal={goal} linkWords="Helps with this goal in your care plan" />
      {remove.isError && <ErrorMessage error={remove.error} title="Goal not taken out" />}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
          Change<span className="visually-hidden"> this goal</span>
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(
              { goalId: goal.id, version: goal.version },
              { onSuccess: () => announce('Goal taken out of your learning plan.') },
            )
          }
        >
          Take out<span className="visually-hidden"> this goal</span>
        </button>
      </div>
    </article>
  );
}

/** The person's choice to let their care team see their learning plan and courses. */
function Sharing({ shares }: { shares: boolean }) {
  const set = useSetCollegeSharing();
  const announce = useAnnounce();
  return (
    <section aria-labelledby="sharing-heading" className="card">
      <h2 id="sharing-heading">Your care team</h2>
      <p>
        {shares
          ? 'Your care team can see your learning goals and courses on your record.'
          : 'Your care team cannot see anything of your studies. If you share them, they see your learning goals, any links to your care plan, and your courses, never your feedback.'}
      </p>
      {set.isError && <ErrorMessage error={set.error} title="Your choice was not saved" />}
      <button
        type="button"
        className="button"
        disabled={set.isPending}
        onClick={() =>
          set.mutate(!shares, {
            onSuccess: () =>
              announce(shares ? 'Your care team no longer sees your studies.' : 'Shared with your care team.'),
          })
        }
      >
        {shares ? 'Stop sharing with my care team' : 'Share with my care team'}
      </button>
    </section>
  );
}
