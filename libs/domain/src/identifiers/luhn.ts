/**
 * The Luhn (mod 10) check used by RPPS, AM and FINESS numbers: from the rightmost digit (the
 * key), every second digit is doubled (9 subtracted when the result exceeds 9), and the sum of
 * all digits must be a multiple of 10.
 */

const DIGITS = /^[0-9]+$/;

/** Luhn sum of `digits`, the rightmost one being the key (not doubled). */
function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

/**
 * Whether `digits` (ASCII digits only, key last) passes the Luhn check. Anything that is not a
 * non-empty string of digits (spaces, letters, empty string) is not valid.
 */
export function luhnValid(digits: string): boolean {
  return DIGITS.test(digits) && luhnSum(digits) % 10 === 0;
}

/**
 * The Luhn key (0–9) to append to `payload` so that the whole passes `luhnValid`.
 * Throws a RangeError when `payload` is not a non-empty string of digits.
 */
export function luhnCheckDigit(payload: string): number {
  if (!DIGITS.test(payload)) {
    throw new RangeError(`Luhn payload must be digits only, got ${JSON.stringify(payload)}`);
  }
  return (10 - (luhnSum(`${payload}0`) % 10)) % 10;
}
