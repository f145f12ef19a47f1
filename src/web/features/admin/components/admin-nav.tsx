import { NavLink } from 'react-router';
import { ADMIN_SECTIONS } from './admin-sections';

/** Links between the administration pages; the current one is marked for screen readers too. */
export function AdminNav() {
  return (
    <nav aria-label="Administration" className="sub-nav">
      <ul>
        <li>
          <NavLink to="/admin" end>
            Overview
          </NavLink>
        </li>
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.slug}>
            <NavLink to={`/admin/${section.slug}`}>{section.title}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
