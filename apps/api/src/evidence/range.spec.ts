import { describe, expect, it } from '@jest/globals';
import { contentDisposition, parseRange } from './range.js';

describe('parseRange', () => {
  it.each([
    [undefined, null],
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=100-', { start: 100, end: 999 }],
    ['bytes=-100', { start: 900, end: 999 }],
    ['bytes=900-5000', { start: 900, end: 999 }],
    ['bytes=1000-', 'invalid'],
    ['bytes=50-10', 'invalid'],
    ['bytes=-0', 'invalid'],
    ['bytes=0-1,5-6', null],
    ['items=0-1', null],
    ['bytes=-', 'invalid'],
  ])('%s of 1000 bytes → %j', (header, expected) => {
    expect(parseRange(header, 1000)).toEqual(expected);
  });
});

describe('contentDisposition', () => {
  it('keeps the French name for modern clients and an ASCII fallback for the others', () => {
    expect(contentDisposition('attachment', 'capture écran "1".png')).toBe(
      `attachment; filename="capture ecran _1_.png"; filename*=UTF-8''capture%20%C3%A9cran%20%221%22.png`,
    );
  });
});
