/**
 * The password rule, in the spirit of the référentiel's own (IEPS 9.2: about 50 bits of
 * entropy). A password's strength is estimated as length × log2(size of the alphabet its
 * characters are drawn from), the usual ANSSI-style estimate:
 * - lower-case letters count 26, upper-case 26, digits 10, anything else 33 (ASCII symbols);
 *   any non-ASCII letter (é, ß…) counts as a symbol too;
 * - at least 50 bits: 9 characters mixing three classes (9 × log2 62 ≈ 53.6), 11 lower-case
 *   letters (51.7), or a passphrase of a few words;
 * - at most 128 characters (hashing cost), no control characters;
 * - and, whatever its estimate, a password is refused when it contains the e-mail's local part,
 *   is a well-known password, or repeats one character or a short run (aaaa…, abcabc…).
 */
export const MIN_PASSWORD_BITS = 50;
export const MAX_PASSWORD_LENGTH = 128;

const COMMON = new Set([
  'password',
  'motdepasse',
  'azertyuiop',
  'qwertyuiop',
  'azerty123456',
  '123456789012',
  'iloveyou123',
  'administrateur',
  'administrator',
  'changeme1234',
  'bienvenue123',
  'soleil123456',
  'password1234',
  'motdepasse123',
]);

export interface PasswordCheck {
  ok: boolean;
  bits: number;
  /** French sentences a person can act on; empty when ok. */
  problems: string[];
}

export function passwordEntropyBits(password: string): number {
  const characters = [...password];
  let alphabet = 0;
  if (characters.some((c) => c >= 'a' && c <= 'z')) alphabet += 26;
  if (characters.some((c) => c >= 'A' && c <= 'Z')) alphabet += 26;
  if (characters.some((c) => c >= '0' && c <= '9')) alphabet += 10;
  if (characters.some((c) => !/[A-Za-z0-9]/.test(c))) alphabet += 33;
  return alphabet === 0 ? 0 : characters.length * Math.log2(alphabet);
}

function isRepetitive(password: string): boolean {
  for (let period = 1; period <= 3; period += 1) {
    const unit = password.slice(0, period);
    if (password.length >= period * 3 && unit.repeat(Math.ceil(password.length / period)).startsWith(password))
      return true;
  }
  return false;
}

export function checkPassword(password: string, email?: string): PasswordCheck {
  const problems: string[] = [];
  const bits = passwordEntropyBits(password);
  const length = [...password].length;
  if (length > MAX_PASSWORD_LENGTH) problems.push(`Le mot de passe dépasse ${MAX_PASSWORD_LENGTH} caractères.`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(password)) problems.push('Le mot de passe contient un caractère de contrôle.');
  if (bits < MIN_PASSWORD_BITS) {
    problems.push(
      `Le mot de passe est trop faible (environ ${Math.floor(bits)} bits, ${MIN_PASSWORD_BITS} requis) : ` +
        'allongez-le, ou mêlez minuscules, majuscules, chiffres et symboles (par exemple 9 caractères de trois sortes, ou une phrase de passe).',
    );
  }
  const lower = password.toLowerCase();
  const local = email?.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 3 && lower.includes(local))
    problems.push("Le mot de passe ne doit pas contenir l'identifiant de l'adresse e-mail.");
  if (COMMON.has(lower)) problems.push('Ce mot de passe est trop courant.');
  else if (isRepetitive(password)) problems.push('Le mot de passe ne doit pas répéter un même motif.');
  return { ok: problems.length === 0, bits, problems };
}
