import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addSession } from '../../services/college/add-session';
import { changeEnrolment } from '../../services/college/change-enrolment';
import { createCourse, updateCourse } from '../../services/college/create-course';
import { enrolOnCourse } from '../../services/college/enrol-on-course';
import { getProspectus } from '../../services/college/get-prospectus';
import { listMyCourses } from '../../services/college/list-my-courses';
import {
  createTerm,
  createTrainer,
  getCollegeMe,
  listCollegeSetup,
  updateTerm,
  updateTrainer,
} from '../../services/college/manage-college';
import { publishCourse } from '../../services/college/publish-course';
import { getRegister, listTrainerSessions, markAttendance } from '../../services/college/registers';
import { joinCollege, registerStudent } from '../../services/college/register-student';
import type { ServiceDeps } from '../../services/ports';
import type {
  CollegeMeResponse,
  CollegeSetupResponse,
  MyCoursesResponse,
  ProspectusResponse,
  RegisterResponse,
} from '../../shared/api/college.responses';
import {
  addSessionBody,
  changeEnrolmentBody,
  createCourseBody,
  createTermBody,
  createTrainerBody,
  joinCollegeBody,
  markAttendanceBody,
  prospectusQuery,
  registerStudentBody,
  updateCourseBody,
  updateTermBody,
  updateTrainerBody,
} from '../../shared/api/college.schema';
import { idParams } from '../../shared/api/common.schema';
import {
  presentCourse,
  presentEnrolment,
  presentProspectusCourse,
  presentStudent,
  presentTerm,
  presentTrainer,
  presentTrainerSession,
} from '../presenters/college.presenter';
import { actorOf } from '../session-cookie';

const tags = ['college'];

/** The Recovery College: the public prospectus, signing up, enrolling, running courses, registers. */
export function collegeRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/college/prospectus',
      { schema: { querystring: prospectusQuery, tags, summary: 'The public prospectus (no sign-in)' } },
      async (request) => {
        const { terms, courses } = await getProspectus(services, request.query);
        const body: ProspectusResponse = {
          terms: terms.map(presentTerm),
          courses: courses.map(presentProspectusCourse),
        };
        return body;
      },
    );

    app.post(
      '/college/students',
      {
        schema: { body: registerStudentBody, tags, summary: 'Sign up as a student (no sign-in)' },
        config: { rateLimit: { max: 10, timeWindow: '1 minute', hook: 'preHandler' } },
      },
      async (request, reply) => {
        const student = await registerStudent(services, request.body);
        return reply.status(201).send(presentStudent(student));
      },
    );

    app.get(
      '/college/me',
      { schema: { tags, summary: 'What the signed-in account is in the college' } },
      async (request) => {
        const { student, trainer } = await getCollegeMe(services, actorOf(request));
        const body: CollegeMeResponse = {
          student: student ? presentStudent(student) : null,
          trainer: trainer ? presentTrainer(trainer) : null,
        };
        return body;
      },
    );

    app.post(
      '/college/me/student',
      { schema: { body: joinCollegeBody, tags, summary: 'Join the college as a student' } },
      async (request, reply) => {
        const student = await joinCollege(services, request.body, actorOf(request));
        return reply.status(201).send(presentStudent(student));
      },
    );

    app.get('/college/my-courses', { schema: { tags, summary: 'The student’s own courses' } }, async (request) => {
      const mine = await listMyCourses(services, actorOf(request));
      const body: MyCoursesResponse = {
        student: presentStudent(mine.student),
        enrolments: mine.enrolments.map(({ enrolment, course }) => ({
          enrolment: presentEnrolment(enrolment),
          course: presentCourse(course),
        })),
      };
      return body;
    });

    app.post(
      '/college/courses/:id/enrolments',
      { schema: { params: idParams, tags, summary: 'Enrol, or join the waiting list when the course is full' } },
      async (request, reply) => {
        const enrolment = await enrolOnCourse(services, request.params.id, actorOf(request));
        return reply.status(201).send(presentEnrolment(enrolment));
      },
    );

    app.put(
      '/college/enrolments/:id',
      { schema: { params: idParams, body: changeEnrolmentBody, tags, summary: 'Cancel a place, or answer an offer' } },
      async (request) => {
        const enrolment = await changeEnrolment(
          services,
          { enrolmentId: request.params.id, change: request.body.change },
          actorOf(request),
        );
        return presentEnrolment(enrolment);
      },
    );

    app.get(
      '/college/setup',
      { schema: { tags, summary: 'Terms, trainers and courses, for the college' } },
      async (request) => {
        const setup = await listCollegeSetup(services, actorOf(request));
        const body: CollegeSetupResponse = {
          terms: setup.terms.map(presentTerm),
          trainers: setup.trainers.map(presentTrainer),
          courses: setup.courses.map(presentCourse),
        };
        return body;
      },
    );

    app.post(
      '/college/terms',
      { schema: { body: createTermBody, tags, summary: 'Add a term' } },
      async (request, reply) =>
        reply.status(201).send(presentTerm(await createTerm(services, request.body, actorOf(request)))),
    );

    app.post(
      '/college/trainers',
      { schema: { body: createTrainerBody, tags, summary: 'Add a peer or practitioner trainer' } },
      async (request, reply) =>
        reply.status(201).send(presentTrainer(await createTrainer(services, request.body, actorOf(request)))),
    );

    app.put(
      '/college/terms/:id',
      { schema: { params: idParams, body: updateTermBody, tags, summary: 'Change a term (409 if changed meanwhile)' } },
      async (request) => {
        const { version, ...fields } = request.body;
        return presentTerm(
          await updateTerm(services, { termId: request.params.id, version, fields }, actorOf(request)),
        );
      },
    );

    app.put(
      '/college/trainers/:id',
      {
        schema: {
          params: idParams,
          body: updateTrainerBody,
          tags,
          summary: 'Change a trainer (409 if changed meanwhile)',
        },
      },
      async (request) => {
        const { version, ...fields } = request.body;
        return presentTrainer(
          await updateTrainer(services, { trainerId: request.params.id, version, fields }, actorOf(request)),
        );
      },
    );

    app.post(
      '/college/courses',
      { schema: { body: createCourseBody, tags, summary: 'Draft a course' } },
      async (request, reply) => {
        const course = await createCourse(services, request.body, actorOf(request));
        return reply.status(201).send({ id: course.id, version: course.version, status: course.status });
      },
    );

    app.put(
      '/college/courses/:id',
      {
        schema: {
          params: idParams,
          body: updateCourseBody,
          tags,
          summary: 'Change a course (409 if changed meanwhile)',
        },
      },
      async (request) => {
        const { version, ...fields } = request.body;
        const course = await updateCourse(services, { courseId: request.params.id, version, fields }, actorOf(request));
        return { id: course.id, version: course.version, status: course.status };
      },
    );

    app.post(
      '/college/courses/:id/sessions',
      { schema: { params: idParams, body: addSessionBody, tags, summary: 'Add a session to a course' } },
      async (request, reply) => {
        const { startsAt, endsAt, ...rest } = request.body;
        const session = await addSession(
          services,
          { ...rest, courseId: request.params.id, startsAt: new Date(startsAt), endsAt: new Date(endsAt) },
          actorOf(request),
        );
        return reply.status(201).send({ id: session.id });
      },
    );

    app.post(
      '/college/courses/:id/publish',
      { schema: { params: idParams, tags, summary: 'Publish a co-produced course to the prospectus' } },
      async (request) => presentCourse(await publishCourse(services, request.params.id, actorOf(request))),
    );

    app.get(
      '/college/trainer/sessions',
      { schema: { tags, summary: 'The trainer’s own sessions' } },
      async (request) => ({
        sessions: (await listTrainerSessions(services, actorOf(request))).map(presentTrainerSession),
      }),
    );

    app.get(
      '/college/sessions/:id/register',
      { schema: { params: idParams, tags, summary: 'A session’s register' } },
      async (request) => {
        const register = await getRegister(services, request.params.id, actorOf(request));
        const body: RegisterResponse = {
          session: presentTrainerSession(register.session),
          students: register.students,
        };
        return body;
      },
    );

    app.put(
      '/college/sessions/:id/attendance',
      { schema: { params: idParams, body: markAttendanceBody, tags, summary: 'Mark who came to a session' } },
      async (request) => ({
        students: await markAttendance(
          services,
          { sessionId: request.params.id, marks: request.body.marks },
          actorOf(request),
        ),
      }),
    );
  };
}
