import { describe, expect, it } from 'vitest';
import { ByteInterner } from './byte-interner';

const bytesOf = (text: string) => Buffer.from(text, 'utf8');
const intern = (interner: ByteInterner, text: string) => interner.intern(bytesOf(text), 0, bytesOf(text).length);

describe('ByteInterner', () => {
  it('gives each distinct key one code in the order first seen, and its text back', () => {
    const interner = new ByteInterner();
    const ids = Array.from({ length: 5_000 }, (_, index) => `w-${index % 1_700}`);
    const codes = ids.map((id) => intern(interner, id));
    expect(interner.size).toBe(1_700);
    expect(codes.slice(0, 3)).toEqual([0, 1, 2]);
    expect(codes[1_700]).toBe(0);
    expect(interner.text(codes[4_999]!)).toBe(ids[4_999]);
    expect(interner.lookup(bytesOf('w-9999'), 0, 6)).toBe(-1);
  });

  it('forgets every key on reset', () => {
    const interner = new ByteInterner();
    intern(interner, 'a');
    intern(interner, 'b');
    interner.reset();
    expect(interner.size).toBe(0);
    expect(intern(interner, 'b')).toBe(0);
    expect(interner.text(0)).toBe('b');
  });

  it('orders keys as JavaScript orders their texts, including beyond ASCII and the astral planes', () => {
    const texts = ['b', 'B', 'a', 'ab', 'a', '', 'é', 'e\u0301', '\uFF5E', '😀', 'z😀', 'z\uFF5E', 'zé', 'z'];
    const interner = new ByteInterner();
    const codes = texts.map((text) => intern(interner, text));
    const byInterner = [...new Set(codes)]
      .sort((left, right) => interner.compare(left, right))
      .map((code) => interner.text(code));
    expect(byInterner).toEqual([...new Set(texts)].sort());
  });
});
