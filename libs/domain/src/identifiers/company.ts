import { luhnValid } from './luhn.js';

/**
 * SIREN (9 digits, the legal entity) and SIRET (14 digits: the SIREN then a 5-digit NIC, one
 * establishment) as INSEE assigns them: both end with a Luhn key. La Poste is the one exception:
 * its establishments share SIREN 356000000 and their SIRET is checked by the sum of its digits
 * being a multiple of 5 (there are more of them than a Luhn key leaves room for).
 */

export interface CompanyNumberCheck {
  valid: boolean;
  /** Digits only, once spaces, dots and dashes are removed. */
  normalized: string;
  /** Why it is not valid (English, for error details). */
  reason?: string;
}

const LA_POSTE_SIREN = '356000000';

function digitsOf(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

function checkLength(normalized: string, length: number, name: string): CompanyNumberCheck | null {
  if (!/^[0-9]+$/.test(normalized)) return { valid: false, normalized, reason: `A ${name} is digits only.` };
  if (normalized.length !== length)
    return { valid: false, normalized, reason: `A ${name} has ${length} digits, not ${normalized.length}.` };
  return null;
}

export function checkSiren(value: string): CompanyNumberCheck {
  const normalized = digitsOf(String(value ?? ''));
  const shape = checkLength(normalized, 9, 'SIREN');
  if (shape) return shape;
  if (!luhnValid(normalized)) return { valid: false, normalized, reason: 'The SIREN key (Luhn) does not match.' };
  return { valid: true, normalized };
}

export function checkSiret(value: string): CompanyNumberCheck {
  const normalized = digitsOf(String(value ?? ''));
  const shape = checkLength(normalized, 14, 'SIRET');
  if (shape) return shape;
  if (normalized.startsWith(LA_POSTE_SIREN) && normalized !== `${LA_POSTE_SIREN}00048`) {
    const sum = [...normalized].reduce((total, digit) => total + Number(digit), 0);
    return sum % 5 === 0
      ? { valid: true, normalized }
      : {
          valid: false,
          normalized,
          reason: 'The SIRET of a La Poste establishment must have a digit sum divisible by 5.',
        };
  }
  if (!luhnValid(normalized)) return { valid: false, normalized, reason: 'The SIRET key (Luhn) does not match.' };
  return { valid: true, normalized };
}
