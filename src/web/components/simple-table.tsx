import type { ReactNode } from 'react';

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
}

/** A plain list table that becomes stacked cards on a phone. */
export function SimpleTable<Row>({ caption, rows, rowKey, columns, emptyText }: SimpleTableProps<Row>) {
  if (rows.length === 0) return <p className="empty-state">{emptyText}</p>;
  const [first, ...rest] = columns;
  return (
    <table className="table stacked-table">
      <caption>{caption}</caption>
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
        {rows.map((row) => (
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
  );
}
