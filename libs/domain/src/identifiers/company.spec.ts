import { describe, expect, it } from '@jest/globals';
import { checkSiren, checkSiret } from './company.js';
import { luhnCheckDigit } from './luhn.js';

const siren = (payload: string): string => `${payload}${luhnCheckDigit(payload)}`;
const VALID_SIREN = siren('73282932');
const VALID_SIRET = siren(`${VALID_SIREN}0004`);

describe('checkSiren', () => {
  it.each([
    [VALID_SIREN, true, VALID_SIREN],
    [`${VALID_SIREN.slice(0, 3)} ${VALID_SIREN.slice(3, 6)} ${VALID_SIREN.slice(6)}`, true, VALID_SIREN],
    ['356000000', true, '356000000'],
    [`${VALID_SIREN.slice(0, 8)}${(Number(VALID_SIREN[8]) + 1) % 10}`, false, undefined],
    ['12345678', false, undefined],
    ['1234567890', false, undefined],
    ['12345678A', false, undefined],
    ['', false, undefined],
  ])('%j → valid %s', (value, valid, normalized) => {
    const check = checkSiren(value);
    expect(check.valid).toBe(valid);
    if (normalized) expect(check.normalized).toBe(normalized);
    if (!valid) expect(check.reason).toEqual(expect.any(String));
  });
});

describe('checkSiret', () => {
  it.each([
    [VALID_SIRET, true],
    [`${VALID_SIRET.slice(0, 9)} ${VALID_SIRET.slice(9)}`, true],
    [`${VALID_SIRET.slice(0, 13)}${(Number(VALID_SIRET[13]) + 1) % 10}`, false],
    ['35600000000048', true], // La Poste headquarters: Luhn
    ['35600000049233', true], // a La Poste establishment: digit sum 35
    ['35600000049234', false],
    ['1234567890123', false],
    ['123456789012345', false],
  ])('%j → valid %s', (value, valid) => {
    expect(checkSiret(value).valid).toBe(valid);
  });
});
