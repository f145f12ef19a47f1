import type { ComponentType } from 'react';
import type { OrganisationResponse } from '../../../../shared/api/organisation.responses';
import { AdminAccountsSection } from './admin-accounts-section';
import { AdminCarersSection } from './admin-carers-section';
import { AdminPeopleSection } from './admin-people-section';
import { AdminSitesSection } from './admin-sites-section';
import { AdminTeamsSection } from './admin-teams-section';
import { AdminWorkersSection } from './admin-workers-section';

export interface AdminSectionDefinition {
  slug: string;
  title: string;
  count: (organisation: OrganisationResponse) => number;
  Component: ComponentType<{ organisation: OrganisationResponse }>;
}

/** The administration pages, in the order an organisation is usually set up. */
export const ADMIN_SECTIONS: readonly AdminSectionDefinition[] = [
  { slug: 'sites', title: 'Sites', count: (o) => o.sites.length, Component: AdminSitesSection },
  { slug: 'teams', title: 'Teams', count: (o) => o.teams.length, Component: AdminTeamsSection },
  { slug: 'workers', title: 'Workers', count: (o) => o.workers.length, Component: AdminWorkersSection },
  { slug: 'people', title: 'People', count: (o) => o.people.length, Component: AdminPeopleSection },
  { slug: 'carers', title: 'Carers', count: (o) => o.carers.length, Component: AdminCarersSection },
  { slug: 'accounts', title: 'Accounts', count: (o) => o.accounts.length, Component: AdminAccountsSection },
];
