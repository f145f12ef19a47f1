import { useParams } from 'react-router';
import { useOrganisation } from '../api/use-organisation';
import { AdminNav } from '../components/admin-nav';
import { ADMIN_SECTIONS } from '../components/admin-sections';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { usePageTitle } from '../../../hooks/use-page-title';
import { NotFoundPage } from '../../navigation/pages/not-found-page';

/** One kind of organisation record (sites, teams, workers, people, carers or accounts): the list and a form to add one. */
export function AdminSectionPage() {
  const { section: slug } = useParams();
  const section = ADMIN_SECTIONS.find((candidate) => candidate.slug === slug);
  const organisation = useOrganisation();
  usePageTitle(section ? `${section.title} – Administration` : 'Not found');
  if (!section) return <NotFoundPage />;
  const { Component } = section;
  return (
    <>
      <h1>{section.title}</h1>
      <AdminNav />
      {organisation.isPending && <LoadingMessage what={section.title.toLowerCase()} />}
      {organisation.isError && <ErrorMessage error={organisation.error} />}
      {organisation.data && <Component organisation={organisation.data} />}
    </>
  );
}
