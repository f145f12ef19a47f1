import type { ReactNode } from 'react';

interface AdminSectionProps {
  id: string;
  title: string;
  list: ReactNode;
  form: ReactNode;
}

/** One kind of organisation record: the list, and beside it the form to add one. */
export function AdminSection({ id, title, list, form }: AdminSectionProps) {
  return (
    <section aria-labelledby={`${id}-heading`} className="section admin-section" id={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <div className="admin-section__body">
        <div className="admin-section__list">{list}</div>
        <div className="admin-section__form">{form}</div>
      </div>
    </section>
  );
}
