import { describe, expect, it } from '@jest/globals';
import { gridCsv } from './grid-export.service.js';

const text = (rows: (string | number)[][]): string => gridCsv(rows).subarray(3).toString('utf8');

describe('gridCsv', () => {
  it('starts with the UTF-8 byte-order mark and ends every row with CRLF', () => {
    const bytes = gridCsv([
      ['Profil', 'Section'],
      ['DMN', 'Annuaire Santé'],
    ]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(
      text([
        ['Profil', 'Section'],
        ['DMN', 'Annuaire Santé'],
      ]),
    ).toBe('Profil;Section\r\nDMN;Annuaire Santé\r\n');
  });

  it.each([
    ['plain text', 'Oui', 'Oui'],
    ['a number', 3, '3'],
    ['the delimiter', 'a;b', '"a;b"'],
    ['a quote', 'le « x » et "y"', '"le « x » et ""y"""'],
    ['a line break', 'ligne 1\nligne 2', '"ligne 1\nligne 2"'],
    ['a formula', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a leading plus', '+33 1 23', "'+33 1 23"],
    ['a leading minus', '-1', "'-1"],
    ['a leading at', '@SUM(A1)', "'@SUM(A1)"],
  ])('writes a cell holding %s', (_, cell, written) => {
    expect(text([[cell]])).toBe(`${written}\r\n`);
  });
});
