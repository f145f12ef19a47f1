import { Route, Routes } from 'react-router';
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
import { CaredForPage } from './features/carers/pages/cared-for-page';
import { CaseloadPage } from './features/caseload/pages/caseload-page';
import { DashboardPage } from './features/dashboard/pages/dashboard-page';
import { MeetingPage } from './features/meetings/pages/meeting-page';
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

/** Every address the app answers; anything else is "Page not found". */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomeRedirect />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="shared/:token" element={<SharedPlanPage />} />
        <Route path="my-safety-plan" element={<MySafetyPlanRoute />} />
        <Route
          path="people/:personId/safety-plan"
          element={<RequireSession>{(me) => <SafetyPlanPageForPerson me={me} />}</RequireSession>}
        />
        <Route
          path="caseload"
          element={<RequireSession roles={['worker', 'team_manager']}>{() => <CaseloadPage />}</RequireSession>}
        />
        <Route path="people/:personId" element={<RequireSession>{(me) => <PersonPage me={me} />}</RequireSession>} />
        <Route
          path="people/:personId/care-plan"
          element={<RequireSession>{(me) => <CarePlanPage me={me} />}</RequireSession>}
        />
        <Route
          path="people/:personId/care-plan/compare"
          element={<RequireSession>{() => <CarePlanComparePage />}</RequireSession>}
        />
        <Route path="people/:personId/reviews" element={<RequireSession>{() => <ReviewPage />}</RequireSession>} />
        <Route
          path="calendar-feed"
          element={<RequireSession roles={['worker', 'team_manager']}>{() => <CalendarFeedPage />}</RequireSession>}
        />
        <Route
          path="people/:personId/meetings/new"
          element={<RequireSession roles={['worker']}>{() => <MeetingPage />}</RequireSession>}
        />
        <Route
          path="people/:personId/questionnaires/:invitationId"
          element={<RequireSession roles={['service_user']}>{(me) => <QuestionnairePage me={me} />}</RequireSession>}
        />
        <Route
          path="my-page"
          element={<RequireSession roles={['service_user']}>{(me) => <MyPage me={me} />}</RequireSession>}
        />
        <Route path="cared-for" element={<RequireSession roles={['carer']}>{() => <CaredForPage />}</RequireSession>} />
        <Route path="team" element={<RequireSession roles={['team_manager']}>{() => <TeamPage />}</RequireSession>} />
        <Route
          path="dashboard"
          element={
            <RequireSession roles={['team_manager', 'admin']}>{(me) => <DashboardPage me={me} />}</RequireSession>
          }
        />
        <Route
          path="organisation"
          element={
            <RequireSession roles={['researcher', 'team_manager', 'admin']}>
              {(me) => <OrganisationPage me={me} />}
            </RequireSession>
          }
        />
        <Route path="admin" element={<RequireSession roles={['admin']}>{() => <AdminPage />}</RequireSession>} />
        <Route
          path="admin/:section"
          element={<RequireSession roles={['admin']}>{() => <AdminSectionPage />}</RequireSession>}
        />
        <Route path="account" element={<RequireSession>{(me) => <AccountPage me={me} />}</RequireSession>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
