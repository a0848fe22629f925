import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { TrimmedText } from './trimmed-text.js';

class Named {
  @TrimmedText({ example: 'Camille', max: 5 })
  name: string;

  @TrimmedText({ example: 'Camille', max: 10, min: 3, tooShort: 'owner must name someone', optional: true })
  owner?: string;
}

function problems(plain: object): string[] {
  return validateSync(plainToInstance(Named, plain)).flatMap((error) => Object.values(error.constraints ?? {}));
}

describe('TrimmedText', () => {
  it('trims, then accepts min to max characters', () => {
    const named = plainToInstance(Named, { name: '  Ana  ', owner: ' Léa ' });
    expect(named).toMatchObject({ name: 'Ana', owner: 'Léa' });
    expect(validateSync(named)).toEqual([]);
  });

  it('tells an empty text from a too long one, by the field name or in its own words', () => {
    expect(problems({ name: '   ' })).toEqual(['name must not be empty']);
    expect(problems({ name: 'Camille' })).toEqual(['name must be shorter than or equal to 5 characters']);
    expect(problems({ name: 'Ana', owner: ' Lé ' })).toEqual(['owner must name someone']);
  });

  it('lets an optional field be left out, not a required one', () => {
    expect(problems({ name: 'Ana' })).toEqual([]);
    expect(problems({})).toEqual(expect.arrayContaining(['name must be a string']));
  });
});
