import { describe, expect, it } from '@jest/globals';
import type { Referential } from '../referential/model.js';
import { questionnaireState, validateAnswers } from './questionnaire.js';

/**
 * A small questionnaire written here, so the tests do not depend on the wording of the DMN file:
 * `identityRole` is a follow-up of `profiles`, and `identityChecks` a follow-up of `identityRole`.
 */
const fixture: Referential = {
  programme: 'DMN',
  code: 'TEST',
  version: '1.0',
  title: 'Référentiel de test',
  families: [{ code: 'IEU', title: 'Identification électronique des usagers' }],
  profiles: [
    { code: 'general', label: 'Général' },
    { code: 'identity_referential', label: "Référentiel d'identités" },
    { code: 'patient_access', label: 'Accès Usager' },
  ],
  questions: [
    {
      key: 'profiles',
      label: 'Quels profils votre produit revendique-t-il ?',
      type: 'multi_choice',
      options: [
        { value: 'general', label: 'Général' },
        { value: 'identity_referential', label: "Référentiel d'identités" },
        { value: 'patient_access', label: 'Accès Usager' },
      ],
    },
    {
      key: 'identityRole',
      label: "Quel rôle vis-à-vis de l'identité ?",
      type: 'choice',
      options: [
        { value: 'referential', label: 'Référentiel' },
        { value: 'slave', label: "Esclave de l'identité" },
      ],
      askedWhen: { some: [{ var: 'profiles' }, { in: [{ var: '' }, ['identity_referential', 'patient_access']] }] },
    },
    {
      key: 'identityChecks',
      label: "Le produit vérifie-t-il lui-même l'identité ?",
      type: 'boolean',
      askedWhen: { '==': [{ var: 'identityRole' }, 'referential'] },
    },
    { key: 'insApplicable', label: "L'INS s'applique-t-elle ?", type: 'boolean' },
    {
      key: 'directorySource',
      label: "Source de l'annuaire",
      type: 'choice',
      options: [
        { value: 'fhir_api', label: 'API FHIR' },
        { value: 'extraction_file', label: "Fichiers d'extraction" },
        { value: 'none', label: 'Aucune' },
      ],
    },
  ],
  requirements: [
    {
      code: 'IEU 2',
      family: 'IEU',
      section: 'Identification électronique des usagers',
      title: 'Enrôlement',
      statement: "L'usager est enrôlé.",
      nature: 'DOIT',
      scenarios: [
        {
          code: 'IEU 2.1',
          title: 'Enrôlement',
          profiles: ['patient_access'],
          declarationRequiredWhenNotApplicable: false,
          proofs: [{ code: 'IEU 2.1.1', title: "Vidéo d'enrôlement", kinds: ['video'] }],
        },
      ],
    },
  ],
};

const complete = {
  profiles: ['general', 'patient_access'],
  identityRole: 'referential',
  identityChecks: true,
  insApplicable: false,
  directorySource: 'fhir_api',
};

describe('validateAnswers', () => {
  it('accepts a complete, well-typed answer set as it is', () => {
    expect(validateAnswers(fixture, complete)).toEqual({ errors: [], answers: complete, ignored: [] });
  });

  it('refuses a key that is not a question, naming the key', () => {
    const { errors, answers } = validateAnswers(fixture, { colour: 'blue', insApplicable: true });
    expect(errors).toEqual([
      { key: 'colour', code: 'UNKNOWN_QUESTION', message: expect.stringContaining('« colour »') },
    ]);
    expect(answers).not.toHaveProperty('colour');
  });

  it.each([
    ['a string for a boolean', 'insApplicable', 'true'],
    ['a number for a boolean', 'insApplicable', 1],
    ['a number for a choice', 'directorySource', 3],
    ['a boolean for a choice', 'directorySource', true],
    ['an array for a choice', 'directorySource', ['fhir_api']],
    ['a string for a multi_choice', 'profiles', 'general'],
    ['an array holding a number for a multi_choice', 'profiles', ['general', 2]],
    ['an object for a multi_choice', 'profiles', { general: true }],
  ])('refuses %s with WRONG_TYPE naming the question', (_case, key, value) => {
    const { errors, answers } = validateAnswers(fixture, { [key]: value });
    expect(errors).toEqual([{ key, code: 'WRONG_TYPE', message: expect.stringContaining(`(${key})`) }]);
    expect(answers).not.toHaveProperty(key);
  });

  it.each([
    ['choice', 'directorySource', 'ldap', 'ldap'],
    ['choice, by case', 'directorySource', 'FHIR_API', 'FHIR_API'],
    ['multi_choice', 'profiles', ['general', 'hospital'], 'hospital'],
  ])('refuses a value outside the options of a %s, naming the key and the value', (_case, key, value, bad) => {
    const { errors, answers } = validateAnswers(fixture, { [key]: value });
    expect(errors).toEqual([{ key, code: 'VALUE_NOT_IN_OPTIONS', message: expect.stringContaining(`« ${bad} »`) }]);
    expect(errors[0].message).toContain(key);
    expect(answers).not.toHaveProperty(key);
  });

  it('refuses an empty multi_choice answer: a product with no profile would owe nothing', () => {
    const { errors, answers } = validateAnswers(fixture, { profiles: [] });
    expect(errors).toEqual([
      { key: 'profiles', code: 'VALUE_NOT_IN_OPTIONS', message: expect.stringContaining('au moins une réponse') },
    ]);
    expect(answers).not.toHaveProperty('profiles');
  });

  it('refuses a multi_choice answer that holds a value twice', () => {
    const { errors } = validateAnswers(fixture, { profiles: ['general', 'patient_access', 'general'] });
    expect(errors).toEqual([
      { key: 'profiles', code: 'DUPLICATE_VALUE', message: expect.stringContaining('profiles') },
    ]);
  });

  it('reports every error of the answer set, not just the first', () => {
    const { errors } = validateAnswers(fixture, {
      colour: 'blue',
      profiles: ['general', 'general'],
      insApplicable: 'non',
      directorySource: 'ldap',
    });
    expect(errors.map(({ key, code }) => [key, code])).toEqual([
      ['colour', 'UNKNOWN_QUESTION'],
      ['profiles', 'DUPLICATE_VALUE'],
      ['insApplicable', 'WRONG_TYPE'],
      ['directorySource', 'VALUE_NOT_IN_OPTIONS'],
    ]);
  });

  it('treats null as clearing an answer, not as a wrong type', () => {
    const { errors, answers, ignored } = validateAnswers(fixture, { insApplicable: null, directorySource: 'none' });
    expect(errors).toEqual([]);
    expect(answers).toEqual({ directorySource: 'none' });
    expect(ignored).toEqual([]);
  });

  it('clears a follow-up answer given as null without reporting it as ignored', () => {
    const { errors, answers, ignored } = validateAnswers(fixture, { profiles: ['general'], identityRole: null });
    expect(errors).toEqual([]);
    expect(answers).toEqual({ profiles: ['general'] });
    expect(ignored).toEqual([]);
  });

  it.each([
    [['general'], ['identityRole', 'identityChecks']],
    [undefined, ['identityRole', 'identityChecks']],
    [['identity_referential'], []],
    [['patient_access'], []],
    [['general', 'patient_access', 'identity_referential'], []],
  ])('with profiles %j, drops the follow-ups %j into ignored', (profiles, dropped) => {
    const raw = { ...(profiles === undefined ? {} : { profiles }), identityRole: 'referential', identityChecks: true };
    const { errors, answers, ignored } = validateAnswers(fixture, raw);
    expect(errors).toEqual([]);
    expect(ignored).toEqual(dropped);
    for (const key of ['identityRole', 'identityChecks']) {
      if (dropped.includes(key)) expect(answers).not.toHaveProperty(key);
      else expect(answers).toHaveProperty(key, raw[key as keyof typeof raw]);
    }
  });

  it('drops a follow-up of a follow-up once its own parent answer makes it irrelevant', () => {
    const { answers, ignored } = validateAnswers(fixture, {
      profiles: ['patient_access'],
      identityRole: 'slave',
      identityChecks: false,
    });
    expect(answers).toEqual({ profiles: ['patient_access'], identityRole: 'slave' });
    expect(ignored).toEqual(['identityChecks']);
  });

  it('drops a follow-up whose parent answer is itself refused', () => {
    const { errors, answers, ignored } = validateAnswers(fixture, {
      profiles: 'patient_access',
      identityRole: 'slave',
    });
    expect(errors.map((error) => error.key)).toEqual(['profiles']);
    expect(answers).toEqual({});
    expect(ignored).toEqual(['identityRole']);
  });

  it('still refuses an irrelevant follow-up whose value is not one of its options', () => {
    const { errors } = validateAnswers(fixture, { profiles: ['general'], identityRole: 'boss' });
    expect(errors).toEqual([
      { key: 'identityRole', code: 'VALUE_NOT_IN_OPTIONS', message: expect.stringContaining('« boss »') },
    ]);
  });
});

describe('questionnaireState', () => {
  const stateOf = (answers: Parameters<typeof questionnaireState>[1]): Record<string, [boolean, boolean]> =>
    Object.fromEntries(
      questionnaireState(fixture, answers).map(({ key, asked, answered }) => [key, [asked, answered]]),
    );

  it('lists every question in questionnaire order', () => {
    expect(questionnaireState(fixture, {}).map((state) => state.key)).toEqual(fixture.questions.map((q) => q.key));
  });

  it.each([
    [
      'nothing answered: only the top-level questions are asked',
      {},
      {
        profiles: [true, false],
        identityRole: [false, false],
        identityChecks: [false, false],
        insApplicable: [true, false],
        directorySource: [true, false],
      },
    ],
    [
      'a profile that needs no identity role',
      { profiles: ['general'], identityRole: 'referential', insApplicable: false },
      {
        profiles: [true, true],
        identityRole: [false, false],
        identityChecks: [false, false],
        insApplicable: [true, true],
        directorySource: [true, false],
      },
    ],
    [
      'a profile that asks the identity role, not yet answered',
      { profiles: ['patient_access'] },
      {
        profiles: [true, true],
        identityRole: [true, false],
        identityChecks: [false, false],
        insApplicable: [true, false],
        directorySource: [true, false],
      },
    ],
    [
      'a referential identity role asks the next follow-up',
      { profiles: ['identity_referential'], identityRole: 'referential', identityChecks: true },
      {
        profiles: [true, true],
        identityRole: [true, true],
        identityChecks: [true, true],
        insApplicable: [true, false],
        directorySource: [true, false],
      },
    ],
    [
      'a slave identity role does not ask the next follow-up',
      { profiles: ['identity_referential'], identityRole: 'slave', identityChecks: true },
      {
        profiles: [true, true],
        identityRole: [true, true],
        identityChecks: [false, false],
        insApplicable: [true, false],
        directorySource: [true, false],
      },
    ],
    [
      'an irrelevant parent answer does not ask its follow-ups',
      { profiles: ['general'], identityRole: 'referential', identityChecks: true },
      {
        profiles: [true, true],
        identityRole: [false, false],
        identityChecks: [false, false],
        insApplicable: [true, false],
        directorySource: [true, false],
      },
    ],
  ])('%s', (_case, answers, expected) => {
    expect(stateOf(answers)).toEqual(expected);
  });

  it('counts false as an answer to a boolean question', () => {
    expect(stateOf({ insApplicable: false }).insApplicable).toEqual([true, true]);
  });
});
