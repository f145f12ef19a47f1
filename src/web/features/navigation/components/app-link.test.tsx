import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Me, SessionResponse } from '../../../../shared/api/sessions.responses';
import { sessionKeys } from '../../session/keys';
import { TeamPeopleTable } from '../../team/components/team-people-table';
import { AppLink } from './app-link';

function renderAs(role: Me['role'], element: React.ReactNode): string {
  const client = new QueryClient();
  const session: SessionResponse = {
    me: { accountId: 'a1', username: 'u', role, displayName: 'U', workerId: null, personId: null, carerId: null },
    csrfToken: 't',
    expiresAt: '2026-12-03T12:00:00Z',
    mustChangePassword: false,
    idleMinutes: 30,
    mustEnrolSecondFactor: false,
  };
  client.setQueryData(sessionKeys.me, session);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <MemoryRouter>{element}</MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('AppLink', () => {
  it('draws no care-plan link for an administrator', () => {
    const html = renderAs('admin', <AppLink to="/people/p1/care-plan">Jo’s care plan</AppLink>);
    expect(html).toBe('');
  });

  it('draws the link for a role that can open the page', () => {
    const html = renderAs('admin', <AppLink to="/people/p1">Jo</AppLink>);
    expect(html).toBe('<a href="/people/p1" data-discover="true">Jo</a>');
  });

  it('leaves a name as plain text when its record cannot be opened', () => {
    const html = renderAs(
      'researcher',
      <TeamPeopleTable people={[{ id: 'p1', name: 'Jo Bloggs', careCoordinator: 'Sam', nextReviewDue: null }]} />,
    );
    expect(html).toContain('Jo Bloggs');
    expect(html).not.toContain('href="/people/p1"');
  });
});
