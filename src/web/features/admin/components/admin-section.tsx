import type { ReactNode } from 'react';

/** One kind of organisation record: the list, and beside it (or below, on a phone) the form to add one. */
export function AdminSection({ list, form }: { list: ReactNode; form: ReactNode }) {
  return (
    <div className="admin-section">
      <div className="admin-section__list">{list}</div>
      <div className="admin-section__form">{form}</div>
    </div>
  );
}
