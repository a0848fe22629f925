import { describe, expect, it } from '@jest/globals';
import { digestDay, effectivePreferences, isHeaderSafe, reminderDue } from './notifications.js';

describe('reminderDue', () => {
  const now = new Date('2026-12-05T06:00:00Z');
  const inHours = (hours: number): Date => new Date(now.getTime() + hours * 3_600_000);
  it.each([
    [24 * 10, null],
    [24 * 7 + 1, null],
    [24 * 7, '7d'],
    [24 * 3, '7d'],
    [24 + 1, '7d'],
    [24, '1d'],
    [2, '1d'],
    [0, null],
    [-5, null],
  ])('a deadline %i hours away → %s', (hours, expected) => expect(reminderDue(inHours(hours), now)).toBe(expected));
});

describe('isHeaderSafe', () => {
  it.each([
    ['Camille Martin', true],
    ['Zoé « ANS » Évaluation', true],
    ['Camille\r\nBcc: victime@example.fr', false],
    ['Camille\nBcc: x', false],
    ['Tab\there', false],
    ['Nul\u0000', false],
  ])('%j → %s', (value, safe) => expect(isHeaderSafe(value)).toBe(safe));
});

describe('effectivePreferences', () => {
  it('fills every kind, keeping what the user chose', () => {
    const preferences = effectivePreferences([{ kind: 'digest', email: false, inApp: true }]);
    expect(preferences).toHaveLength(5);
    expect(preferences.find((preference) => preference.kind === 'digest')).toEqual({
      kind: 'digest',
      email: false,
      inApp: true,
    });
    expect(preferences.find((preference) => preference.kind === 'decision')).toEqual({
      kind: 'decision',
      email: true,
      inApp: true,
    });
  });
});

describe('digestDay', () => {
  it('is the UTC calendar day', () => expect(digestDay(new Date('2026-12-05T23:59:00Z'))).toBe('2026-12-05'));
});
