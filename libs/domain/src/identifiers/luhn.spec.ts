import { describe, expect, it } from '@jest/globals';
import { luhnCheckDigit, luhnValid } from './luhn.js';

describe('luhnValid', () => {
  it.each([
    ['10000668540', true], // RPPS from the ANS FAQ
    ['751404682', true], // AM number from the ANS FAQ
    ['921234563', true],
    ['921234567', false], // the FAQ's FINESS example fails its own key
    ['79927398713', true], // the textbook example
    ['79927398710', false],
    ['0', true],
    ['', false],
    ['1000066854 0', false],
    ['7514O4682', false], // letter O, not zero
    ['-751404682', false],
  ])('%j → %s', (digits, expected) => {
    expect(luhnValid(digits)).toBe(expected);
  });

  it('catches every single-digit typo of a valid number', () => {
    const good = '10000668540';
    for (let i = 0; i < good.length; i++) {
      for (let d = 0; d <= 9; d++) {
        const typo = good.slice(0, i) + String(d) + good.slice(i + 1);
        if (typo !== good) expect(luhnValid(typo)).toBe(false);
      }
    }
  });
});

describe('luhnCheckDigit', () => {
  it.each([
    ['1000066854', 0],
    ['75140468', 2],
    ['92123456', 3],
    ['7992739871', 3],
  ])('key of %s is %i', (payload, key) => {
    expect(luhnCheckDigit(payload)).toBe(key);
    expect(luhnValid(`${payload}${key}`)).toBe(true);
  });

  it.each(['', '12a4', ' 123'])('refuses the payload %j', (payload) => {
    expect(() => luhnCheckDigit(payload)).toThrow(RangeError);
  });
});
