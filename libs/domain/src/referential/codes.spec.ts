import { describe, expect, it } from '@jest/globals';
import { KNOWN_FAMILIES, codeLevel, familyOf, isCanonicalCode, normalizeCode, parentCode, parseCode } from './codes.js';

describe('normalizeCode — accepted spellings', () => {
  it.each([
    // canonical already
    ['ANN 2', 'ANN 2'],
    ['ANN 2.1', 'ANN 2.1'],
    ['ANN 2.1.2', 'ANN 2.1.2'],
    ['ANN 1.1.1-API', 'ANN 1.1.1-API'],
    ['ANN 2.1.2-LOGS', 'ANN 2.1.2-LOGS'],
    ['IEU 9.1', 'IEU 9.1'],
    ['ApCV 1', 'ApCV 1'],
    ['ANN 1.2.3.4', 'ANN 1.2.3.4'],
    ['ANN 10.12.3', 'ANN 10.12.3'],
    // dots, as the ANS FAQ writes them
    ['ANN.2.1.2', 'ANN 2.1.2'],
    ['ANN.1.1.1', 'ANN 1.1.1'],
    ['ann.2.1.2-logs', 'ANN 2.1.2-LOGS'],
    // case
    ['ann 2.1.2', 'ANN 2.1.2'],
    ['Ann 2.1.2', 'ANN 2.1.2'],
    ['apcv.1', 'ApCV 1'],
    ['APCV 1.2', 'ApCV 1.2'],
    ['rgpd 3', 'RGPD 3'],
    ['ieps 1.1.1-Api', 'IEPS 1.1.1-API'],
    // whitespace
    ['Ann  2.1.2', 'ANN 2.1.2'],
    ['  ANN 2.1.2  ', 'ANN 2.1.2'],
    ['\tANN\u00a02.1.2\n', 'ANN 2.1.2'],
    // no separator
    ['ANN2.1.2', 'ANN 2.1.2'],
    ['psc1', 'PSC 1'],
    // URL-encoded
    ['ANN%202.1.2', 'ANN 2.1.2'],
    ['ANN%202.1.2-LOGS', 'ANN 2.1.2-LOGS'],
    ['ANN%2E2%2E1', 'ANN 2.1'],
    ['%20ins%201.1%20', 'INS 1.1'],
    // leading zeros are dropped
    ['ANN 01', 'ANN 1'],
    ['ANN 02.01.03', 'ANN 2.1.3'],
    ['ANN 2.10', 'ANN 2.10'],
    // suffix may hold digits after its first letter
    ['PORT 1.1.1-v2', 'PORT 1.1.1-V2'],
    ['ADM 1.2.3.4-LOGS', 'ADM 1.2.3.4-LOGS'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });

  it.each(KNOWN_FAMILIES)('knows the family %s', (family) => {
    expect(normalizeCode(`${family} 1.2.3`)).toBe(`${family} 1.2.3`);
    expect(normalizeCode(`${family.toLowerCase()}.1.2.3`)).toBe(`${family} 1.2.3`);
  });
});

describe('normalizeCode — refused input', () => {
  it.each([
    // empty / incomplete
    '',
    '   ',
    'ANN',
    'ANN ',
    'ANN.',
    'ANN 2.',
    'ANN .2',
    'ANN 2..1',
    'ANN..2',
    'ANN . 2',
    'ANN 2 .1',
    'ANN 2. 1',
    '2.1.2',
    '.2.1.2',
    // unknown family
    'XYZ 1',
    'AN 1',
    'ANNX 1',
    'DMP 1.1',
    // too deep, zero, too big
    'ANN 1.2.3.4.5',
    'ANN 0',
    'ANN 2.0',
    'ANN 2.00.1',
    'ANN 1000',
    // letters or junk in numbers
    'ANN 2a',
    'ANN 2.1b',
    'ANN 2,1',
    'ANN 2/1',
    'ANN 2.1.2 LOGS',
    'ANN -1',
    'ANN 1e3',
    'ANN ٢.١', // Arabic-Indic digits
    // suffix misuse
    'ANN 2-LOGS',
    'ANN 2.1-LOGS',
    'ANN 2.1.2-',
    'ANN 2.1.2--LOGS',
    'ANN 2.1.2-LOGS-API',
    'ANN 2.1.2-2',
    'ANN 2.1.2_LOGS',
    'ANN 2.1.2-LO GS',
    'ANN 2.1.2-LÖGS',
    // separators we do not read
    'ANN+2.1.2',
    'ANN-2.1.2',
    'ANN:2.1.2',
    'ANN\u200b2.1.2', // zero-width space
    // URL encoding gone wrong
    'ANN%2',
    'ANN%ZZ2.1',
    'ANN%',
    'ANN%E9 2.1',
    'ANN%25202.1.2', // double-encoded space
    'ANN%002.1',
    // SQL / HTML / path junk
    "ANN 1'; DROP TABLE proof;--",
    'ANN 1 OR 1=1',
    '<script>alert(1)</script>',
    'ANN 2.1<b>',
    'ANN%3Cscript%3E',
    '../../etc/passwd',
    'ANN 2.1\u0000',
    // too long
    `ANN ${'1.'.repeat(30)}1`,
    `${' '.repeat(38)}ANN 1`,
    `ANN 1.1.1-${'X'.repeat(40)}`,
  ])('%j → null', (input) => {
    expect(normalizeCode(input)).toBeNull();
  });

  it('never throws, whatever the input', () => {
    for (const input of ['%', '%%', '%E0%A4%A', '\uD800', 'ANN 1\uDFFF', 'x'.repeat(10_000)]) {
      expect(() => normalizeCode(input)).not.toThrow();
      expect(normalizeCode(input)).toBeNull();
    }
  });

  it('accepts exactly 40 characters and refuses 41', () => {
    const forty = `ANN 1.1.1-${'X'.repeat(30)}`;
    expect(forty).toHaveLength(40);
    expect(normalizeCode(forty)).toBe(forty);
    expect(normalizeCode(`${forty}X`)).toBeNull();
  });
});

describe('parseCode', () => {
  it('splits a suffixed proof', () => {
    expect(parseCode('ann.2.1.2-logs')).toEqual({
      code: 'ANN 2.1.2-LOGS',
      family: 'ANN',
      numbers: [2, 1, 2],
      suffix: 'LOGS',
      level: 'proof',
    });
  });

  it('leaves out the suffix when there is none', () => {
    expect(parseCode('ApCV 3.1')).toEqual({
      code: 'ApCV 3.1',
      family: 'ApCV',
      numbers: [3, 1],
      level: 'scenario',
    });
  });

  it('returns null for garbage', () => {
    expect(parseCode('XYZ 1')).toBeNull();
  });
});

describe('isCanonicalCode', () => {
  it.each([
    ['ANN 2.1.2', true],
    ['ApCV 1', true],
    ['ANN 2.1.2-LOGS', true],
    ['ANN.2.1.2', false],
    ['APCV 1', false],
    ['ANN 01', false],
    ['ANN 2.1.2-logs', false],
    [' ANN 2', false],
    ['XYZ 1', false],
  ])('%j → %s', (code, expected) => {
    expect(isCanonicalCode(code)).toBe(expected);
  });
});

describe('codeLevel', () => {
  it.each([
    ['ANN 2', 'requirement'],
    ['ANN 2.1', 'scenario'],
    ['ANN 2.1.2', 'proof'],
    ['ANN 2.1.2-LOGS', 'proof'],
    ['ANN 1.2.3.4', 'proof'],
    ['ANN 1.2.3.4-API', 'proof'],
    ['ann.2.1', 'scenario'],
    ['ApCV 1', 'requirement'],
    ['ANN 2-LOGS', null],
    ['ANN 2.1-LOGS', null],
    ['ANN 1.2.3.4.5', null],
    ['XYZ 1', null],
    ['', null],
  ])('%j → %s', (code, expected) => {
    expect(codeLevel(code)).toBe(expected);
  });
});

describe('familyOf', () => {
  it.each([
    ['ANN 2.1.2', 'ANN'],
    ['apcv.1', 'ApCV'],
    ['IEU 9.1', 'IEU'],
    ['rgpd 1.1.1-API', 'RGPD'],
    ['ANN', null],
    ['XYZ 1', null],
    ['ANN 2.', null],
  ])('%j → %s', (code, expected) => {
    expect(familyOf(code)).toBe(expected);
  });
});

describe('parentCode', () => {
  it.each([
    ['ANN 2.1.2', 'ANN 2.1'],
    ['ANN 2.1.2-LOGS', 'ANN 2.1'],
    ['ANN 1.1.1-API', 'ANN 1.1'],
    ['ANN 2.1.2.1', 'ANN 2.1'],
    ['ANN 2.1', 'ANN 2'],
    ['ann.02.01', 'ANN 2'],
    ['apcv 3.1.1', 'ApCV 3.1'],
    ['ANN 2', null],
    ['XYZ 1.1', null],
    ['ANN 2..1', null],
  ])('%j → %s', (code, expected) => {
    expect(parentCode(code)).toBe(expected);
  });

  it('climbs from a proof to its requirement in two steps', () => {
    const scenario = parentCode('IEU 9.1.2-LOGS');
    expect(scenario).toBe('IEU 9.1');
    expect(parentCode(scenario ?? '')).toBe('IEU 9');
    expect(parentCode('IEU 9')).toBeNull();
  });
});
