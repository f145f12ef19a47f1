import type { Me } from '../../../shared/api/sessions.responses';

export interface NavigationLink {
  to: string;
  label: string;
}

/** The pages each role works from; a team manager with their own caseload also gets "My caseload". */
export function navigationFor(me: Me): NavigationLink[] {
  switch (me.role) {
    case 'worker':
      return [{ to: '/caseload', label: 'My caseload' }];
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
        ...(me.workerId ? [{ to: '/caseload', label: 'My caseload' }] : []),
      ];
    case 'researcher':
      return [{ to: '/organisation', label: 'Organisation summary' }];
    case 'admin':
      return [
        { to: '/admin', label: 'Administration' },
        { to: '/dashboard', label: 'Continuity dashboard' },
      ];
  }
}
