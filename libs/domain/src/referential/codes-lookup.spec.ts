import { describe, expect, it } from '@jest/globals';
import { codeLookupKey, isWellFormedFreeCode } from './codes.js';

describe('codeLookupKey: every spelling of a code meets the same key', () => {
  it.each([
    ['INS/va1.53', 'INS.VA1.53'],
    ['INS.va1.53', 'INS.VA1.53'],
    ['ins va1.53', 'INS.VA1.53'],
    ['INS%2Fva1.53', 'INS.VA1.53'],
    [' INS / va1.53 ', 'INS.VA1.53'],
    ['DB.SO.106', 'DB.SO.106'],
    ['db/so/106', 'DB.SO.106'],
    ['DB SO 106', 'DB.SO.106'],
    ['ANN 2.1.2', 'ANN.2.1.2'],
    ['ann.2.1.2', 'ANN.2.1.2'],
    ['ANN.02.1.2', 'ANN.2.1.2'],
    ['ANN%202.1.2', 'ANN.2.1.2'],
    ['ApCV 1.1.1', 'APCV.1.1.1'],
    ['ANN 2.1.2-logs', 'ANN.2.1.2-LOGS'],
    ['INS/va1.53.1.1', 'INS.VA1.53.1.1'],
  ])('%s → %s', (input, key) => {
    expect(codeLookupKey(input)).toBe(key);
  });

  it.each([[''], ['   '], ['1.2.3'], ['INS//'], ['INS/va1.53/'], ['%E9'], ['%2525'], ['A'.repeat(81)], ['INS;va1']])(
    'refuses %j',
    (input) => {
      expect(codeLookupKey(input)).toBeNull();
    },
  );

  it('keeps distinct codes apart', () => {
    expect(codeLookupKey('INS/va1.53')).not.toBe(codeLookupKey('INS/va1.5.3'.replace('.5.3', '.54')));
    expect(codeLookupKey('DB.SO.106')).not.toBe(codeLookupKey('DB.SO.107'));
  });
});

describe('isWellFormedFreeCode: what a Ségur référentiel may write', () => {
  it.each([
    ['INS/va1.53', true],
    ['DB.SO.106', true],
    ['DB.SO.106.1.1', true],
    ['ANN 2.1.2', true],
    ['INS//va1', false],
    [' INS/va1', false],
    ['INS/va1 ', false],
    ['1NS/va1', false],
    ['', false],
  ])('%j → %s', (code, expected) => {
    expect(isWellFormedFreeCode(code)).toBe(expected);
  });
});
