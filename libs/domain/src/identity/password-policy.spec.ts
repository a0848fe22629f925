import { describe, expect, it } from '@jest/globals';
import { checkPassword, MIN_PASSWORD_BITS, passwordEntropyBits } from './password-policy.js';

describe('the password policy (about 50 bits, IEPS 9.2)', () => {
  it.each([
    ['9 characters from three classes', 'Tr0ub4dor', true],
    ['8 characters from three classes (IEPS example, just under 50 bits)', 'Tr0ub4do', false],
    ['11 lower-case letters', 'correcthors', true],
    ['10 lower-case letters', 'correcthor', false],
    ['a passphrase', 'cheval agrafe batterie correcte', true],
    ['8 characters from four classes', 'Tr0ub4d!', true],
    ['digits only, 16 long', '4829105739201846', true],
    ['digits only, 15 long', '482910573920184', false],
    ['an accented passphrase', 'épée forêt été août', true],
  ])('%s: %s → %s', (_label, password, ok) => {
    expect(checkPassword(password).ok).toBe(ok);
  });

  it('estimates entropy as length × log2(alphabet)', () => {
    expect(passwordEntropyBits('abcdefghijk')).toBeCloseTo(11 * Math.log2(26));
    expect(passwordEntropyBits('aB3')).toBeCloseTo(3 * Math.log2(62));
    expect(passwordEntropyBits('')).toBe(0);
  });

  it('says how weak a weak password is and how to fix it', () => {
    const check = checkPassword('Azerty12');
    expect(check.ok).toBe(false);
    expect(check.problems[0]).toMatch(new RegExp(`environ 47 bits, ${MIN_PASSWORD_BITS} requis`));
  });

  it.each([
    ['contains the e-mail local part', 'Camille2026!x', 'camille@vendor.fr', "l'identifiant de l'adresse e-mail"],
    ['is a well-known password', 'motdepasse123', undefined, 'trop courant'],
    ['repeats one character', 'aaaaaaaaaaaaaaaa', undefined, 'répéter un même motif'],
    ['repeats a short run', 'Ab1Ab1Ab1Ab1Ab1', undefined, 'répéter un même motif'],
    ['is over 128 characters', 'x7!'.repeat(43) + 'y', undefined, 'dépasse 128 caractères'],
    ['holds a control character', 'Tr0ub4dor\u0007x', undefined, 'caractère de contrôle'],
  ])('refuses a password that %s', (_label, password, email, message) => {
    const check = checkPassword(password, email);
    expect(check.ok).toBe(false);
    expect(check.problems.join(' ')).toContain(message);
  });
});
