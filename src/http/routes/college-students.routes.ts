import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAttendedCourses } from '../../services/college/attended-courses';
import { exportCertificatePdf } from '../../services/college/export-certificate-pdf';
import { getLearningPlan } from '../../services/college/get-learning-plan';
import { getSharedCollegeLife } from '../../services/college/get-shared-college-life';
import { giveCourseFeedback } from '../../services/college/give-course-feedback';
import { listFeedbackCourses, readCourseFeedback } from '../../services/college/read-course-feedback';
import { addLearningGoal, removeLearningGoal, updateLearningGoal } from '../../services/college/save-learning-goal';
import { setCollegeSharing } from '../../services/college/set-college-sharing';
import type { ServiceDeps } from '../../services/ports';
import type {
  CourseFeedbackListResponse,
  SharedCollegeLifeResponse,
} from '../../shared/api/college-students.responses';
import {
  collegeSharingBody,
  courseFeedbackBody,
  learningGoalBody,
  removeLearningGoalQuery,
  updateLearningGoalBody,
} from '../../shared/api/college-students.schema';
import { idParams } from '../../shared/api/common.schema';
import {
  presentAttendedCourse,
  presentCourseFeedback,
  presentLearningPlan,
  presentMyLearningPlan,
} from '../presenters/college-students.presenter';
import { actorOf } from '../session-cookie';

const tags = ['college'];

/** The students' side of the Recovery College: learning plans and sharing, certificates, course feedback. */
export function collegeStudentsRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/college/learning-plan',
      { schema: { tags, summary: 'The student’s own learning plan' } },
      async (request) => presentMyLearningPlan(await getLearningPlan(services, actorOf(request))),
    );

    app.post(
      '/college/learning-plan/goals',
      { schema: { tags, body: learningGoalBody, summary: 'Add a learning goal' } },
      async (request, reply) => {
        const goal = await addLearningGoal(services, request.body, actorOf(request));
        return reply.status(201).send({ id: goal.id, version: goal.version });
      },
    );

    app.put(
      '/college/learning-plan/goals/:id',
      {
        schema: {
          tags,
          params: idParams,
          body: updateLearningGoalBody,
          summary: 'Change a learning goal (409 with the saved goal if it changed meanwhile)',
        },
      },
      async (request) => {
        const { version, ...fields } = request.body;
        const goal = await updateLearningGoal(
          services,
          { goalId: request.params.id, version, fields },
          actorOf(request),
        );
        return { id: goal.id, version: goal.version };
      },
    );

    app.delete(
      '/college/learning-plan/goals/:id',
      { schema: { tags, params: idParams, querystring: removeLearningGoalQuery, summary: 'Take a goal out' } },
      async (request, reply) => {
        await removeLearningGoal(
          services,
          { goalId: request.params.id, version: request.query.version },
          actorOf(request),
        );
        return reply.status(204).send();
      },
    );

    app.put(
      '/college/learning-plan/sharing',
      { schema: { tags, body: collegeSharingBody, summary: 'Share college life with the care team, or stop' } },
      async (request) => setCollegeSharing(services, request.body.sharesWithCareTeam, actorOf(request)),
    );

    app.get(
      '/people/:id/college-life',
      {
        schema: { tags, params: idParams, summary: 'A person’s college life, when they share it with their care team' },
      },
      async (request) => {
        const plan = await getSharedCollegeLife(services, request.params.id, actorOf(request));
        const body: SharedCollegeLifeResponse = { learningPlan: plan ? presentLearningPlan(plan) : null };
        return body;
      },
    );

    app.get(
      '/college/attendance',
      { schema: { tags, summary: 'The student’s courses with their attendance' } },
      async (request) => ({
        courses: (await listAttendedCourses(services, actorOf(request))).map(presentAttendedCourse),
      }),
    );

    app.get(
      '/college/courses/:id/certificate.pdf',
      { schema: { tags, params: idParams, summary: 'A certificate of attendance for a course attended' } },
      async (request, reply) => {
        const { pdf, fileName } = await exportCertificatePdf(services, request.params.id, actorOf(request));
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );

    app.post(
      '/college/courses/:id/feedback',
      { schema: { tags, params: idParams, body: courseFeedbackBody, summary: 'Give feedback on a course attended' } },
      async (request, reply) => {
        const feedback = await giveCourseFeedback(
          services,
          { courseId: request.params.id, ...request.body },
          actorOf(request),
        );
        return reply.status(201).send({ id: feedback.id });
      },
    );

    app.get(
      '/college/feedback',
      { schema: { tags, summary: 'Courses whose feedback the trainer or administrator may read' } },
      async (request) => {
        const body: CourseFeedbackListResponse = {
          courses: (await listFeedbackCourses(services, actorOf(request))).map(({ course, responses }) => ({
            courseId: course.id,
            title: course.title,
            termName: course.termName,
            responses,
          })),
        };
        return body;
      },
    );

    app.get(
      '/college/courses/:id/feedback',
      { schema: { tags, params: idParams, summary: 'What students said of a course, for its trainers' } },
      async (request) => {
        const { course, summary } = await readCourseFeedback(services, request.params.id, actorOf(request));
        return presentCourseFeedback(course, summary);
      },
    );
  };
}
