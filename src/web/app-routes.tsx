import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { APP_PAGES, rolesFor, type AppPageName } from './app-pages';
import type { Me } from '../shared/api/sessions.responses';
import { AccountPage } from './features/account/pages/account-page';
import { AppLayout } from './features/navigation/components/app-layout';
import { QuestionnairePage } from './features/questionnaires/pages/questionnaire-page';
import { HomeRedirect } from './features/session/components/home-redirect';
import { RequireSession } from './features/session/components/require-session';
import { AdminPage } from './features/admin/pages/admin-page';
import { AdminSectionPage } from './features/admin/pages/admin-section-page';
import { CalendarFeedPage } from './features/reviews/pages/calendar-feed-page';
import { CarePlanComparePage } from './features/care-plan/pages/care-plan-compare-page';
import { CarePlanPage } from './features/care-plan/pages/care-plan-page';
import { DocumentKindContext } from './features/care-plan/document-kind-context';
import { PositiveRiskPlanPage } from './features/risk/pages/positive-risk-plan-page';
import { RiskFormulationPage } from './features/risk/pages/risk-formulation-page';
import { CaredForPage } from './features/carers/pages/cared-for-page';
import { CaseloadPage } from './features/caseload/pages/caseload-page';
import { JoinCollegePage } from './features/college/pages/join-college-page';
import { MyCoursesPage } from './features/college/pages/my-courses-page';
import { ProspectusPage } from './features/college/pages/prospectus-page';
import { RegisterPage } from './features/college/pages/register-page';
import { TrainerSessionsPage } from './features/college/pages/trainer-sessions-page';
import { CollegeAdminPage } from './features/college/pages/college-admin-page';
import { CollegeCoursePage } from './features/college/pages/college-course-page';
import { CollegeFiguresPage } from './features/college/pages/college-figures-page';
import { LearningPlanPage } from './features/college/pages/learning-plan-page';
import { CourseFeedbackListPage, CourseFeedbackPage } from './features/college/pages/course-feedback-page';
import { CollegeFidelityPage } from './features/college/pages/college-fidelity-page';
import { DashboardPage } from './features/dashboard/pages/dashboard-page';
import { IpsCaseloadPage } from './features/ips/pages/ips-caseload-page';
import { IpsFiguresPage } from './features/ips/pages/ips-figures-page';
import { IpsPersonPage } from './features/ips/pages/ips-person-page';
import { MeetingPage } from './features/meetings/pages/meeting-page';
import { ConversationPage } from './features/messages/pages/conversation-page';
import { InboxPage } from './features/messages/pages/inbox-page';
import { ReflectionsPage } from './features/reflections/pages/reflections-page';
import { SuperviseePage } from './features/reflections/pages/supervisee-page';
import { SupervisionPage } from './features/reflections/pages/supervision-page';
import { MyPage } from './features/person/pages/my-page';
import { NotFoundPage } from './features/navigation/pages/not-found-page';
import { OrganisationPage } from './features/organisation/pages/organisation-page';
import { PersonPage } from './features/person/pages/person-page';
import { ReviewPage } from './features/reviews/pages/review-page';
import { MySafetyPlanRoute } from './features/safety-plan/pages/my-safety-plan-route';
import { SafetyPlanPageForPerson } from './features/safety-plan/pages/safety-plan-page';
import { SharedPlanPage } from './features/safety-plan/pages/shared-plan-page';
import { SignInPage } from './features/session/pages/sign-in-page';
import { TeamPage } from './features/team/pages/team-page';
import { WorkerHandoversPage } from './features/handovers/pages/worker-handovers-page';

/** Every address the app answers, each open to the roles `app-pages.ts` lists; anything else is "Page not found". */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomeRedirect />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="shared/:token" element={<SharedPlanPage />} />
        <Route path={APP_PAGES.mySafetyPlan.path.slice(1)} element={<MySafetyPlanRoute />} />
        {page('caseload', () => (
          <CaseloadPage />
        ))}
        {page('person', (me) => (
          <PersonPage me={me} />
        ))}
        {page('carePlan', (me) => (
          <CarePlanPage me={me} />
        ))}
        {page('carePlanCompare', () => (
          <CarePlanComparePage />
        ))}
        {page('conversation', (me) => (
          <ConversationPage me={me} />
        ))}
        {page('inbox', () => (
          <InboxPage />
        ))}
        {page('reflections', (me) => (
          <ReflectionsPage me={me} />
        ))}
        {page('supervision', () => (
          <SupervisionPage />
        ))}
        {page('supervisee', () => (
          <SuperviseePage />
        ))}
        {page('ipsWork', (me) => (
          <IpsPersonPage me={me} />
        ))}
        {page('ipsCaseload', () => (
          <IpsCaseloadPage />
        ))}
        {page('ipsFigures', (me) => (
          <IpsFiguresPage me={me} />
        ))}
        {page('riskFormulation', (me) => (
          <RiskFormulationPage me={me} />
        ))}
        {page('riskFormulationCompare', () => (
          <DocumentKindContext.Provider value="risk_formulation">
            <CarePlanComparePage />
          </DocumentKindContext.Provider>
        ))}
        {page('positiveRiskPlan', (me) => (
          <PositiveRiskPlanPage me={me} />
        ))}
        {page('safetyPlan', (me) => (
          <SafetyPlanPageForPerson me={me} />
        ))}
        {page('reviews', () => (
          <ReviewPage />
        ))}
        {page('calendarFeed', () => (
          <CalendarFeedPage />
        ))}
        {page('newMeeting', () => (
          <MeetingPage />
        ))}
        {page('questionnaire', (me) => (
          <QuestionnairePage me={me} />
        ))}
        {page('myPage', (me) => (
          <MyPage me={me} />
        ))}
        {page('caredFor', () => (
          <CaredForPage />
        ))}
        {page('workerHandovers', () => (
          <WorkerHandoversPage />
        ))}
        {page('team', () => (
          <TeamPage />
        ))}
        {page('dashboard', (me) => (
          <DashboardPage me={me} />
        ))}
        {page('organisation', (me) => (
          <OrganisationPage me={me} />
        ))}
        {page('admin', () => (
          <AdminPage />
        ))}
        {page('adminSection', () => (
          <AdminSectionPage />
        ))}
        {page('account', (me) => (
          <AccountPage me={me} />
        ))}
        <Route path={APP_PAGES.prospectus.path.slice(1)} element={<ProspectusPage />} />
        <Route path={APP_PAGES.joinCollege.path.slice(1)} element={<JoinCollegePage />} />
        {page('myCourses', () => (
          <MyCoursesPage />
        ))}
        {page('trainerSessions', () => (
          <TrainerSessionsPage />
        ))}
        {page('collegeRegister', () => (
          <RegisterPage />
        ))}
        {page('collegeManage', () => (
          <CollegeAdminPage />
        ))}
        {page('collegeCourse', () => (
          <CollegeCoursePage />
        ))}
        {page('collegeFigures', () => (
          <CollegeFiguresPage />
        ))}
        {page('collegeFidelity', () => (
          <CollegeFidelityPage />
        ))}
        {page('learningPlan', (me) => (
          <LearningPlanPage me={me} />
        ))}
        {page('courseFeedbackList', () => (
          <CourseFeedbackListPage />
        ))}
        {page('courseFeedback', () => (
          <CourseFeedbackPage />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** One page's route: its address and roles from `APP_PAGES`, behind sign-in. */
function page(name: AppPageName, render: (me: Me) => ReactNode) {
  return (
    <Route
      key={name}
      path={APP_PAGES[name].path.slice(1)}
      element={<RequireSession roles={rolesFor(name)}>{render}</RequireSession>}
    />
  );
}
