import { useId, useState, type ReactNode } from 'react';

export interface SimpleColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

interface SimpleTableProps<Row> {
  caption: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The first column names the row and becomes its row header. */
  columns: readonly [SimpleColumn<Row>, ...SimpleColumn<Row>[]];
  emptyText: string;
  /** A search box above long lists; matches the text this returns for each row. */
  filter?: { label: string; text: (row: Row) => string };
}

/** A plain list table that becomes stacked cards on a phone, with an optional search box. */
export function SimpleTable<Row>({ caption, rows, rowKey, columns, emptyText, filter }: SimpleTableProps<Row>) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  if (rows.length === 0) return <p className="empty-state">{emptyText}</p>;
  const needle = query.trim().toLowerCase();
  const shown = filter && needle ? rows.filter((row) => filter.text(row).toLowerCase().includes(needle)) : rows;
  const [first, ...rest] = columns;
  return (
    <>
      {filter && (
        <div className="field table-filter">
          <label className="field__label" htmlFor={searchId}>
            {filter.label}
          </label>
          <input
            id={searchId}
            className="input"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
          />
        </div>
      )}
      <table className="table stacked-table">
        <caption>
          {caption}
          {shown.length !== rows.length && ` (showing ${shown.length} of ${rows.length})`}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.header}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row" className="stacked-table__title">
                {first.cell(row)}
              </th>
              {rest.map((column) => (
                <td key={column.header} data-label={column.header}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="empty-state">Nothing matches “{query.trim()}”.</p>}
    </>
  );
}
