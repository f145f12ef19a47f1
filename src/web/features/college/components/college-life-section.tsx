import { useSharedCollegeLife } from '../api/college-students-api';
import { LearningGoalText } from './learning-goal-text';

/**
 * The person's Recovery College learning plan and courses on their record, for the care team, shown
 * only while the person shares it. When they do not, nothing is drawn: not even that they study.
 */
export function CollegeLifeSection({ personId, name }: { personId: string; name: string }) {
  const life = useSharedCollegeLife(personId, true);
  const plan = life.data?.learningPlan;
  if (!plan) return null;
  return (
    <section aria-labelledby="college-life-heading" className="section">
      <h2 id="college-life-heading">Recovery College</h2>
      <p>{name} shares their learning plan and courses with the care team.</p>
      {plan.goals.length === 0 && <p className="empty-state">No learning goals written yet.</p>}
      <ul className="card-list card-list--compact">
        {plan.goals.map((goal) => (
          <li key={goal.id} className="card">
            <LearningGoalText goal={goal} linkWords="Linked to this goal in the care plan" />
          </li>
        ))}
      </ul>
      {plan.courses.length > 0 && (
        <>
          <h3>Courses</h3>
          <ul>
            {plan.courses.map((course) => (
              <li key={course.courseId}>
                {course.title}, {course.termName}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
