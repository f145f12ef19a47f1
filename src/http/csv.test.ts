import { describe, expect, it } from 'vitest';
import { formatCsv } from './csv';

describe('formatCsv', () => {
  it('writes a header row and CRLF line ends', () => {
    expect(
      formatCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [2, 'y'],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n2,y\r\n');
  });

  it('quotes fields with commas, quotes or line breaks, doubling quotes', () => {
    expect(formatCsv(['name'], [['Team "A", North'], ['two\nlines'], ['plain']])).toBe(
      'name\r\n"Team ""A"", North"\r\n"two\nlines"\r\nplain\r\n',
    );
  });

  it('writes null as an empty field, booleans as words and numbers in full', () => {
    expect(formatCsv(['a', 'b', 'c'], [[null, true, 0.1 + 0.2]])).toBe('a,b,c\r\n,true,0.30000000000000004\r\n');
  });

  it('turns text that a spreadsheet would run as a formula into text, but leaves negative numbers alone', () => {
    expect(formatCsv(['a', 'b'], [['=HYPERLINK("x")', -3]])).toBe('a,b\r\n"\'=HYPERLINK(""x"")",-3\r\n');
    expect(formatCsv(['a'], [['@SUM(A1)'], ['-1']])).toBe("a\r\n'@SUM(A1)\r\n'-1\r\n");
  });

  it('writes only the header for no rows', () => {
    expect(formatCsv(['a'], [])).toBe('a\r\n');
  });
});
