import { describe, expect, it } from '@jest/globals';
import { pick } from './pick.js';

describe('pick', () => {
  it('copies the named fields in the order named, and nothing else', () => {
    const picked = pick({ a: 1, b: 'two', c: null, d: [4] }, ['c', 'a']);
    expect(picked).toEqual({ c: null, a: 1 });
    expect(Object.keys(picked)).toEqual(['c', 'a']);
  });

  it('keeps a field whose value is undefined, as an object literal would', () => {
    expect(Object.keys(pick({ a: undefined as number | undefined, b: 2 }, ['a']))).toEqual(['a']);
  });
});
