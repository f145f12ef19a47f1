import type { ReactNode } from 'react';

/**
 * One kind of organisation record: the list, and beside it (or below, on a phone) the form to add one.
 * A `wide` list (a table of many columns) takes the whole width, with the form below it.
 */
export function AdminSection({ list, form, wide = false }: { list: ReactNode; form: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'admin-section admin-section--wide' : 'admin-section'}>
      <div className="admin-section__list">{list}</div>
      <div className="admin-section__form">{form}</div>
    </div>
  );
}
