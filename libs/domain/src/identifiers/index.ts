export { IDENTIFIER_TYPES, isIdentifierType, validateIdentifier } from './identifiers.js';
export type { IdentifierCheck, IdentifierType } from './identifiers.js';
export { luhnCheckDigit, luhnValid } from './luhn.js';
export { checkSiren, checkSiret } from './company.js';
export type { CompanyNumberCheck } from './company.js';
