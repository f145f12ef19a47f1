import type { LearningGoalDto, PlanCourseDto } from '../../../../shared/api/college-students.responses';

const STATUS: Record<NonNullable<PlanCourseDto['status']>, string> = {
  enrolled: 'has a place',
  waiting: 'on the waiting list',
  offered: 'a place is offered',
  cancelled: 'gave up the place',
  lapsed: 'offer passed on',
};

/** One learning goal as text: the goal, its care-plan link and its courses. */
export function LearningGoalText({ goal, linkWords }: { goal: LearningGoalDto; linkWords: string }) {
  return (
    <>
      <p className="learning-goal">{goal.text}</p>
      {goal.carePlanLink && (
        <p>
          {linkWords}: “{goal.carePlanLink.goal}”
          {goal.carePlanLink.sectionTitle ? ` (${goal.carePlanLink.sectionTitle})` : ''}
        </p>
      )}
      {goal.courses.length > 0 && (
        <ul className="learning-goal__courses" aria-label="Courses for this goal">
          {goal.courses.map((course) => (
            <li key={course.courseId}>
              {course.title}, {course.termName}
              {course.status ? ` (${STATUS[course.status]})` : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
