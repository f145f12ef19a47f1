import { describe, expect, it } from 'vitest';
import { orderContacts } from './order-contacts';

const at = (iso: string) => new Date(iso);

describe('orderContacts', () => {
  it('puts contacts in time order without changing the input', () => {
    const input = [
      { workerId: 'a', at: at('2024-03-02T10:00Z') },
      { workerId: 'b', at: at('2024-03-01T10:00Z') },
    ];
    expect(orderContacts(input).map((contact) => contact.workerId)).toEqual(['b', 'a']);
    expect(input[0]?.workerId).toBe('a');
  });

  it('orders contacts at the same instant by worker id, whatever order they arrived in', () => {
    const same = at('2024-03-01T10:00Z');
    const forwards = [
      { workerId: 'b', at: same },
      { workerId: 'a', at: same },
      { workerId: 'B', at: same },
    ];
    const expected = ['B', 'a', 'b'];
    expect(orderContacts(forwards).map((contact) => contact.workerId)).toEqual(expected);
    expect(orderContacts([...forwards].reverse()).map((contact) => contact.workerId)).toEqual(expected);
  });

  it('refuses a contact with an invalid date', () => {
    expect(() => orderContacts([{ workerId: 'a', at: new Date('not a date') }])).toThrow(RangeError);
  });
});
