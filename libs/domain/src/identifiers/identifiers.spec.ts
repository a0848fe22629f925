import { describe, expect, it } from '@jest/globals';
import { IDENTIFIER_TYPES, isIdentifierType, validateIdentifier, type IdentifierType } from './identifiers.js';
import { luhnValid } from './luhn.js';

/** Corsican FINESS built for these tests: payload `2A123456` / `2B123456`, key over 21…/22…. */
const FINESS_2A = '2A1234562';
const FINESS_2B = '2B1234560';

describe('isIdentifierType', () => {
  it.each(IDENTIFIER_TYPES)('accepts %s', (type) => {
    expect(isIdentifierType(type)).toBe(true);
  });

  it.each(['RPPS', 'adeli', 'siret', '', ' rpps', 'toString', 'constructor'])('refuses %j', (s) => {
    expect(isIdentifierType(s)).toBe(false);
  });
});

describe('validateIdentifier — valid values', () => {
  it.each<[IdentifierType, string, string]>([
    // type, value as typed, normalized
    ['rpps', '10000668540', '10000668540'],
    ['rpps', ' 100 006 685 40 ', '10000668540'],
    ['rpps', '100.006.685.40', '10000668540'],
    ['rpps', '1000-0668-540', '10000668540'],
    ['rpps', '\t10000668540\n', '10000668540'],
    ['rpps', '10000\u00a0668540', '10000668540'], // no-break space, as pasted from a PDF
    ['idnps', '810000668540', '810000668540'],
    ['idnps', '8 10000668540', '810000668540'],
    ['am', '751404682', '751404682'],
    ['am', '75 1 40468 2', '751404682'],
    ['finess', '921234563', '921234563'],
    ['finess', '92 123 456 3', '921234563'],
    ['finess', FINESS_2A, FINESS_2A],
    ['finess', FINESS_2B, FINESS_2B],
    ['finess', '2a1234562', FINESS_2A],
    ['finess', '2b 123 456 0', FINESS_2B],
    ['nir', '295109912611193', '295109912611193'],
    ['nir', '2 95 10 99 126 111 93', '295109912611193'],
    ['nir', '2.95.10.99.126.111.93', '295109912611193'],
    ['nir', '253072A07300443', '253072A07300443'],
    ['nir', '253072a07300443', '253072A07300443'],
    ['nir', '2 53 07 2A 073 004 43', '253072A07300443'],
    ['nir', '253072B07300470', '253072B07300470'],
    ['nir', '2 53 07 2b 073 004 70', '253072B07300470'],
  ])('%s %j is valid, normalized to %s', (type, value, normalized) => {
    const check = validateIdentifier(type, value);
    expect(check).toMatchObject({ type, value, valid: true, normalized });
  });

  it('notes the RPPS held by a valid IDNPS', () => {
    expect(validateIdentifier('idnps', '810000668540').reason).toBe('Numéro RPPS : 10000668540.');
  });

  it('accepts an IDNPS whose 12 digits as a whole fail Luhn, as long as its RPPS passes', () => {
    expect(luhnValid('810000668540')).toBe(false);
    expect(validateIdentifier('idnps', '810000668540').valid).toBe(true);
  });
});

describe('validateIdentifier — invalid values', () => {
  it.each<[IdentifierType, string, string]>([
    // RPPS
    ['rpps', '', 'Le numéro RPPS est vide : saisissez ses 11 chiffres.'],
    ['rpps', '   ', 'Le numéro RPPS est vide : saisissez ses 11 chiffres.'],
    ['rpps', '1000066854', 'Un numéro RPPS comporte 11 chiffres ; 10 reçus.'],
    ['rpps', '100006685401', 'Un numéro RPPS comporte 11 chiffres ; 12 reçus.'],
    ['rpps', '1', 'Un numéro RPPS comporte 11 chiffres ; 1 reçu.'],
    [
      'rpps',
      '810000668540',
      'Un numéro RPPS comporte 11 chiffres ; 12 reçus. ' +
        "Il s'agit sans doute d'un IDNPS (8 + numéro RPPS) : retirez le 8 initial.",
    ],
    ['rpps', '10000668541', 'La clé de Luhn du numéro RPPS est incorrecte.'],
    ['rpps', '10000686540', 'La clé de Luhn du numéro RPPS est incorrecte.'], // swapped digits
    ['rpps', '1000O668540', 'Un numéro RPPS ne comporte que des chiffres ; caractère « O » reçu.'],
    ['rpps', 'RPPS10000668540', 'Un numéro RPPS ne comporte que des chiffres ; caractère « R » reçu.'],
    ['rpps', '10000668540/', 'Un numéro RPPS ne comporte que des chiffres ; caractère « / » reçu.'],
    // IDNPS
    ['idnps', '', "L'IDNPS est vide : saisissez ses 12 chiffres (8 + numéro RPPS)."],
    [
      'idnps',
      '10000668540',
      'Un IDNPS comporte 12 chiffres (8 + numéro RPPS) ; 11 reçus. ' +
        'Pour un numéro RPPS, ajoutez le préfixe 8 devant.',
    ],
    ['idnps', '8100006685400', 'Un IDNPS comporte 12 chiffres (8 + numéro RPPS) ; 13 reçus.'],
    ['idnps', '81000066854x', 'Un IDNPS ne comporte que des chiffres ; caractère « x » reçu.'],
    [
      'idnps',
      '810000668541',
      "La clé de Luhn du numéro RPPS contenu dans l'IDNPS (ses 11 derniers chiffres) est incorrecte.",
    ],
    [
      'idnps',
      '110000668540',
      "L'IDNPS d'un professionnel inscrit au RPPS commence par 8 ; celui-ci commence par 1. " +
        'Les préfixes 0 (ADELI), 3 (FINESS), 4 (SIREN) et 5 (SIRET) ne désignent pas un ' +
        'professionnel inscrit au RPPS.',
    ],
    // AM
    ['am', '', 'Le numéro AM est vide : saisissez ses 9 chiffres.'],
    ['am', '75140468', 'Un numéro AM comporte 9 chiffres ; 8 reçus.'],
    ['am', '7514046820', 'Un numéro AM comporte 9 chiffres ; 10 reçus.'],
    ['am', '751404683', 'La clé de Luhn du numéro AM est incorrecte.'],
    ['am', '75140468A', 'Un numéro AM ne comporte que des chiffres ; caractère « A » reçu.'],
    // FINESS
    ['finess', '', 'Le numéro FINESS est vide : saisissez ses 9 caractères.'],
    ['finess', '921234567', 'La clé de Luhn du numéro FINESS est incorrecte.'], // the FAQ's example
    ['finess', '92123456', 'Un numéro FINESS comporte 9 caractères ; 8 reçus.'],
    ['finess', '2A12345620', 'Un numéro FINESS comporte 9 caractères ; 10 reçus.'],
    // 2A counted as 20 instead of 21 would make this one pass.
    ['finess', '2A1234564', 'La clé de Luhn du numéro FINESS est incorrecte.'],
    ['finess', '2B1234562', 'La clé de Luhn du numéro FINESS est incorrecte.'],
    [
      'finess',
      '2C1234562',
      'Un numéro FINESS ne comporte que des chiffres, hormis 2A ou 2B en tête pour la Corse ; ' +
        'caractère « C » reçu.',
    ],
    [
      'finess',
      '921A34563',
      'Un numéro FINESS ne comporte que des chiffres, hormis 2A ou 2B en tête pour la Corse ; ' +
        'caractère « A » reçu.',
    ],
    [
      'finess',
      '3A1234562',
      'Un numéro FINESS ne comporte que des chiffres, hormis 2A ou 2B en tête pour la Corse ; ' +
        'caractère « A » reçu.',
    ],
    // NIR
    ['nir', '', 'Le NIR est vide : saisissez ses 13 caractères et sa clé.'],
    ['nir', '295109912611112', 'La clé du NIR est incorrecte : 93 attendue, 12 reçue.'],
    ['nir', '2 95 10 99 126 111 12', 'La clé du NIR est incorrecte : 93 attendue, 12 reçue.'],
    ['nir', '195109912611193', 'La clé du NIR est incorrecte : 46 attendue, 93 reçue.'],
    // Corsica: the key is computed with 2A → 19 and 2B → 18, so swapping them breaks it.
    ['nir', '253072B07300443', 'La clé du NIR est incorrecte : 70 attendue, 43 reçue.'],
    ['nir', '253072A07300470', 'La clé du NIR est incorrecte : 43 attendue, 70 reçue.'],
    [
      'nir',
      '2951099126111',
      'Un NIR comporte 15 caractères (13 et une clé de 2 chiffres) ; 13 reçus. ' +
        'La clé (2 derniers chiffres) semble manquer.',
    ],
    ['nir', '2951099126111930', 'Un NIR comporte 15 caractères (13 et une clé de 2 chiffres) ; 16 reçus.'],
    [
      'nir',
      '595109912611193',
      'Un NIR commence par 1 ou 2 (sexe), ou par 3, 4, 7 ou 8 pour un numéro provisoire ; 5 reçu.',
    ],
    [
      'nir',
      '2951A9912611193',
      'Un NIR ne comporte que des chiffres, hormis 2A ou 2B (Corse) en positions 6 et 7 ; ' +
        'caractère « A » reçu en position 5.',
    ],
    [
      'nir',
      '253073A07300443',
      'Un NIR ne comporte que des chiffres, hormis 2A ou 2B (Corse) en positions 6 et 7 ; ' +
        'caractère « A » reçu en position 7.',
    ],
    [
      'nir',
      '253072C07300443',
      'Un NIR ne comporte que des chiffres, hormis 2A ou 2B (Corse) en positions 6 et 7 ; ' +
        'caractère « C » reçu en position 7.',
    ],
  ])('%s %j is invalid', (type, value, reason) => {
    const check = validateIdentifier(type, value);
    expect(check).toEqual({ type, value, valid: false, reason });
  });

  it('keeps the key with its leading zero in the NIR message', () => {
    // 1800175120015 mod 97 = 88, so its key is 09.
    expect(validateIdentifier('nir', '180017512001509').valid).toBe(true);
    expect(validateIdentifier('nir', '180017512001590').reason).toBe(
      'La clé du NIR est incorrecte : 09 attendue, 90 reçue.',
    );
  });

  it('names the identifier a non-8 IDNPS prefix belongs to', () => {
    const cases: [string, string][] = [
      ['0', 'ADELI'],
      ['3', 'FINESS'],
      ['4', 'SIREN'],
      ['5', 'SIRET'],
    ];
    for (const [prefix, name] of cases) {
      const reason = validateIdentifier('idnps', `${prefix}10000668540`).reason;
      expect(reason).toContain(`commence par ${prefix}, préfixe d'un numéro ${name}.`);
      expect(reason).toContain('0 (ADELI), 3 (FINESS), 4 (SIREN) et 5 (SIRET)');
    }
  });
});

describe('validateIdentifier — common behaviour', () => {
  it.each(IDENTIFIER_TYPES)('%s: an empty or blank value is invalid with a reason', (type) => {
    for (const value of ['', ' ', ' . - ']) {
      const check = validateIdentifier(type, value);
      expect(check.valid).toBe(false);
      expect(check.normalized).toBeUndefined();
      expect(check.reason).toMatch(/est vide/);
    }
  });

  it.each(IDENTIFIER_TYPES)('%s: letters are refused with the offending character', (type) => {
    const check = validateIdentifier(type, 'abc');
    expect(check.valid).toBe(false);
    expect(check.reason).toContain('« a »');
  });

  it.each(IDENTIFIER_TYPES)('%s: an invalid check never carries a normalized form', (type) => {
    const check = validateIdentifier(type, '12345');
    expect(check).toMatchObject({ type, value: '12345', valid: false });
    expect(check.normalized).toBeUndefined();
    expect(check.reason).toBeDefined();
  });

  it('returns the value exactly as given', () => {
    expect(validateIdentifier('nir', ' 2 95 10 99 126 111 93 ').value).toBe(' 2 95 10 99 126 111 93 ');
  });

  it('does not take a unicode look-alike digit for a digit', () => {
    // Arabic-Indic zero in place of the last 0.
    expect(validateIdentifier('rpps', '1000066854\u0660').valid).toBe(false);
  });
});
