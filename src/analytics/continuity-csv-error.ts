import { AppError } from '../domain/errors/app-error';

/**
 * A problem with a continuity CSV file, at a 1-based physical line of the file and, where one
 * field is at fault, its 1-based column (with the column's name once the header is read).
 */
export class ContinuityCsvError extends AppError {
  constructor(
    message: string,
    readonly line: number,
    readonly column?: { number: number; name?: string },
  ) {
    const where = column ? `, column ${column.number}${column.name ? ` (${column.name})` : ''}` : '';
    super('bad_request', `Line ${line}${where}: ${message}`, column ? { line, column: column.number } : { line });
    this.name = 'ContinuityCsvError';
  }
}
