import type { Me } from '../../../shared/api/sessions.responses';
import { canOpen } from '../../app-pages';

export interface NavigationLink {
  to: string;
  label: string;
}

/** The pages each role works from; a team manager with their own caseload also gets "My caseload". */
export function navigationFor(me: Me): NavigationLink[] {
  return linksFor(me).filter((link) => canOpen(me, link.to));
}

function linksFor(me: Me): NavigationLink[] {
  switch (me.role) {
    case 'worker':
      return [
        { to: '/caseload', label: 'My caseload' },
        { to: '/messages', label: 'Messages' },
        { to: '/reflections', label: 'My reflections' },
        { to: '/ips', label: 'IPS caseload' },
      ];
    case 'service_user':
      return [
        { to: '/my-page', label: 'My page' },
        { to: '/my-safety-plan', label: 'My safety plan' },
      ];
    case 'carer':
      return [{ to: '/cared-for', label: 'People I care for' }];
    case 'team_manager':
      return [
        { to: '/team', label: 'My team' },
        { to: '/dashboard', label: 'Continuity dashboard' },
        { to: '/supervision', label: 'Supervision' },
        ...(me.workerId
          ? [
              { to: '/caseload', label: 'My caseload' },
              { to: '/messages', label: 'Messages' },
              { to: '/reflections', label: 'My reflections' },
            ]
          : []),
        { to: '/ips/figures', label: 'IPS figures' },
        { to: '/college/figures', label: 'College figures' },
      ];
    case 'researcher':
      return [{ to: '/organisation', label: 'Organisation summary' }];
    case 'admin':
      return [
        { to: '/admin', label: 'Administration' },
        { to: '/dashboard', label: 'Continuity dashboard' },
        { to: '/ips/figures', label: 'IPS figures' },
        { to: '/college/manage', label: 'Recovery College' },
      ];
    case 'student':
      return [
        { to: '/college/my-courses', label: 'Your courses' },
        { to: '/college', label: 'Prospectus' },
        { to: '/college/learning-plan', label: 'Your learning plan' },
      ];
  }
}
