import { describe, expect, it } from '@jest/globals';
import type { Answers, AnswerValue, Referential } from '../referential/model.js';
import { assess, type Assessment, type ScenarioAssessment } from './assess.js';

/** A small référentiel written here, so the tests do not depend on the wording of the DMN file. */
const fixture: Referential = {
  programme: 'DMN',
  code: 'TEST',
  version: '1.0',
  title: 'Référentiel de test',
  families: [
    { code: 'ANN', title: 'Annuaire' },
    { code: 'IEU', title: 'Usagers' },
    { code: 'INS', title: 'INS' },
    { code: 'PSC', title: 'Pro Santé Connect' },
  ],
  profiles: [
    { code: 'general', label: 'Général' },
    { code: 'patient_access', label: 'Accès Usager' },
    { code: 'professional_access', label: 'Accès Professionnel' },
  ],
  questions: [
    {
      key: 'profiles',
      label: 'Profils revendiqués',
      type: 'multi_choice',
      options: [
        { value: 'general', label: 'Général' },
        { value: 'patient_access', label: 'Accès Usager' },
        { value: 'professional_access', label: 'Accès Professionnel' },
      ],
    },
    {
      key: 'identityRole',
      label: "Rôle vis-à-vis de l'identité",
      type: 'choice',
      options: [
        { value: 'referential', label: 'Référentiel' },
        { value: 'slave', label: "Esclave de l'identité" },
      ],
      askedWhen: { in: ['patient_access', { var: 'profiles' }] },
    },
    { key: 'insApplicable', label: "L'INS s'applique", type: 'boolean' },
    {
      key: 'directorySource',
      label: "Source de l'annuaire",
      type: 'choice',
      options: [
        { value: 'fhir_api', label: 'API FHIR' },
        { value: 'extraction_file', label: "Fichiers d'extraction" },
      ],
    },
  ],
  requirements: [
    {
      code: 'ANN 1',
      family: 'ANN',
      section: 'Annuaire',
      title: 'Chargement',
      statement: "Le système charge l'annuaire.",
      nature: 'DOIT',
      scenarios: [
        {
          code: 'ANN 1.1',
          title: 'Chargement',
          profiles: ['general', 'professional_access'],
          declarationRequiredWhenNotApplicable: false,
          proofs: [
            { code: 'ANN 1.1.1', title: 'Traces de chargement', kinds: ['logs'] },
            {
              code: 'ANN 1.1.1-API',
              title: "Processus d'appel",
              kinds: ['document'],
              requiredWhen: { '==': [{ var: 'directorySource' }, 'fhir_api'] },
              requiredReason: "le produit interroge l'API FHIR",
            },
          ],
        },
      ],
    },
    {
      code: 'IEU 2',
      family: 'IEU',
      section: 'Usagers',
      title: 'Enrôlement',
      statement: "L'usager est enrôlé.",
      nature: 'DOIT',
      scenarios: [
        {
          code: 'IEU 2.1',
          title: 'Enrôlement',
          profiles: ['patient_access'],
          conditions: [
            {
              rule: { '!=': [{ var: 'identityRole' }, 'slave'] },
              notApplicableReason: "la solution est esclave de l'identité",
              applicableReason: 'la solution gère les identités',
              source: 'FAQ ANS',
            },
          ],
          declarationRequiredWhenNotApplicable: false,
          proofs: [
            { code: 'IEU 2.1.1', title: "Vidéo d'enrôlement", kinds: ['video'] },
            { code: 'IEU 2.1.2', title: 'Procédure', kinds: ['document'] },
          ],
        },
      ],
    },
    {
      code: 'IEU 7',
      family: 'IEU',
      section: 'Usagers',
      title: 'INS',
      statement: "Le compte porte l'INS.",
      nature: 'DOIT',
      scenarios: [
        {
          code: 'IEU 7.1',
          title: 'Compte rattaché à son INS',
          profiles: ['patient_access'],
          conditions: [
            {
              rule: { '!=': [{ var: 'insApplicable' }, false] },
              notApplicableReason: "l'INS n'est pas applicable à ce produit",
            },
          ],
          declarationRequiredWhenNotApplicable: true,
          proofs: [{ code: 'IEU 7.1.1', title: 'Compte affichant son INS', kinds: ['screenshot'] }],
        },
      ],
    },
    {
      code: 'INS 4',
      family: 'INS',
      section: 'INS',
      title: "Création d'une identité",
      statement: "L'identité est créée.",
      nature: 'DOIT',
      scenarios: [
        {
          code: 'INS 4.1',
          title: "Création d'un patient",
          profiles: ['general'],
          declarationRequiredWhenNotApplicable: false,
          cases: [
            { key: 'cas-1', title: "Cas n°1 : l'écran peut être montré", proofCodes: ['INS 4.1.1'] },
            {
              key: 'cas-2',
              title: "Cas n°2 : l'écran ne peut pas être montré",
              proofCodes: ['INS 4.1.2', 'INS 4.1.3'],
            },
          ],
          proofs: [
            { code: 'INS 4.1.1', title: 'Vidéo de création', kinds: ['video'] },
            { code: 'INS 4.1.2', title: 'Flux de création', kinds: ['flow'] },
            { code: 'INS 4.1.3', title: 'Compte rattaché au matricule', kinds: ['screenshot'] },
            { code: 'INS 4.1.4', title: 'Procédure de qualification', kinds: ['document'] },
          ],
        },
      ],
    },
    {
      code: 'PSC 1',
      family: 'PSC',
      section: 'Pro Santé Connect',
      title: 'Connexion PSC',
      statement: 'Les professionnels se connectent par PSC.',
      nature: 'DOIT',
      scenarios: [
        {
          code: 'PSC 1.1',
          title: 'Connexion PSC',
          profiles: ['professional_access'],
          // the flag is set, but a scenario waived by profile never needs a declaration
          declarationRequiredWhenNotApplicable: true,
          proofs: [{ code: 'PSC 1.1.1', title: 'Vidéo de connexion', kinds: ['video'] }],
        },
      ],
    },
  ],
};

const complete: Answers = {
  profiles: ['general', 'patient_access', 'professional_access'],
  identityRole: 'referential',
  insApplicable: true,
  directorySource: 'fhir_api',
};

function scenarioOf(assessment: Assessment, code: string): ScenarioAssessment {
  const found = assessment.scenarios.find((scenario) => scenario.code === code);
  if (!found) throw new Error(`no scenario ${code} in the assessment`);
  return found;
}

const assessed = (code: string, answers: Answers): ScenarioAssessment => scenarioOf(assess(fixture, answers), code);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('assess — profiles', () => {
  it('lists every scenario of the référentiel once, with its requirement', () => {
    expect(assess(fixture, complete).scenarios.map((s) => [s.code, s.requirementCode])).toEqual([
      ['ANN 1.1', 'ANN 1'],
      ['IEU 2.1', 'IEU 2'],
      ['IEU 7.1', 'IEU 7'],
      ['INS 4.1', 'INS 4'],
      ['PSC 1.1', 'PSC 1'],
    ]);
  });

  it.each([
    ['IEU 2.1', ['general'], '« Accès Usager »'],
    ['IEU 7.1', ['general', 'professional_access'], '« Accès Usager »'],
    ['PSC 1.1', ['general', 'patient_access'], '« Accès Professionnel »'],
    ['ANN 1.1', ['patient_access'], '« Général » ou « Accès Professionnel »'],
    ['ANN 1.1', [], '« Général » ou « Accès Professionnel »'],
  ])('%s does not apply to a product declaring %j, and the reason names %s', (code, profiles, named) => {
    const scenario = assessed(code, { ...complete, profiles });
    expect(scenario.applicable).toBe(false);
    expect(scenario.reasons).toEqual([
      `Non applicable : le scénario relève du profil ${named}, que le produit ne déclare pas.`,
    ]);
    expect(scenario.declarationRequired).toBe(false);
    expect(scenario.pendingQuestions).toEqual([]);
    expect(scenario.proofs.every((proof) => !proof.required)).toBe(true);
    expect(scenario.cases).toEqual([]);
  });

  it.each([
    ['ANN 1.1', ['general'], '« Général »'],
    ['ANN 1.1', ['professional_access'], '« Accès Professionnel »'],
    ['ANN 1.1', ['general', 'professional_access'], '« Général », « Accès Professionnel »'],
    ['PSC 1.1', ['professional_access'], '« Accès Professionnel »'],
  ])('%s applies to a product declaring %j, and the reason names %s', (code, profiles, named) => {
    const scenario = assessed(code, { ...complete, profiles });
    expect(scenario.applicable).toBe(true);
    expect(scenario.reasons[0]).toBe(`Applicable : le produit déclare le profil ${named}.`);
  });

  it('keeps every scenario applicable but pending while the profiles are not answered', () => {
    const assessment = assess(fixture, { insApplicable: true, directorySource: 'extraction_file' });
    for (const scenario of assessment.scenarios) {
      expect(scenario.applicable).toBe(true);
      expect(scenario.pendingQuestions).toContain('profiles');
      expect(scenario.reasons[0]).toMatch(/^À confirmer : .*« Profils revendiqués »/);
    }
  });
});

describe('assess — conditions', () => {
  it('does not apply when a condition fails, with the authored reason and the deciding answer in one sentence', () => {
    const scenario = assessed('IEU 2.1', { ...complete, identityRole: 'slave' });
    expect(scenario.applicable).toBe(false);
    const sentence = scenario.reasons.find((reason) => reason.startsWith('Non applicable'));
    expect(sentence).toContain("la solution est esclave de l'identité");
    expect(sentence).toContain("« Rôle vis-à-vis de l'identité »");
    expect(sentence).toContain("Esclave de l'identité");
    expect(sentence).not.toContain('slave)');
    expect(scenario.proofs.map((proof) => proof.required)).toEqual([false, false]);
  });

  it('says « Non » for a boolean answer that decided', () => {
    const sentence = assessed('IEU 7.1', { ...complete, insApplicable: false }).reasons[0];
    expect(sentence).toBe(
      "Non applicable : l'INS n'est pas applicable à ce produit (réponse « L'INS s'applique » : Non).",
    );
  });

  it('applies when the condition holds, with the authored applicable reason and the deciding answer', () => {
    const scenario = assessed('IEU 2.1', complete);
    expect(scenario.applicable).toBe(true);
    expect(scenario.reasons).toEqual([
      'Applicable : le produit déclare le profil « Accès Usager ».',
      "Applicable : la solution gère les identités (réponse « Rôle vis-à-vis de l'identité » : Référentiel).",
    ]);
    expect(scenario.proofs.map((proof) => proof.required)).toEqual([true, true]);
  });

  it('adds no sentence for a condition that holds but has no applicable reason', () => {
    expect(assessed('IEU 7.1', complete).reasons).toEqual([
      'Applicable : le produit déclare le profil « Accès Usager ».',
    ]);
  });

  it.each([
    ['waived by its condition, flag set', 'IEU 7.1', false, true, { insApplicable: false }],
    ['applicable', 'IEU 7.1', true, false, { insApplicable: true }],
    ['pending', 'IEU 7.1', true, false, { insApplicable: undefined }],
    ['waived by profile, flag set', 'IEU 7.1', false, false, { profiles: ['general'], insApplicable: false }],
    ['waived by its condition, flag not set', 'IEU 2.1', false, false, { identityRole: 'slave' }],
    ['waived by profile, flag set', 'PSC 1.1', false, false, { profiles: ['general'] }],
  ])('%s: %s → applicable %s, declaration required %s', (_case, code, applicable, declarationRequired, override) => {
    const answers: Answers = Object.fromEntries(
      Object.entries({ ...complete, ...override }).filter(
        (entry): entry is [string, AnswerValue] => entry[1] !== undefined,
      ),
    );
    const scenario = assessed(code, answers);
    expect(scenario.applicable).toBe(applicable);
    expect(scenario.declarationRequired).toBe(declarationRequired);
  });

  it('keeps a scenario applicable while its deciding question is unanswered, and says what to answer', () => {
    const { insApplicable: _unanswered, ...answers } = complete;
    const scenario = assessed('IEU 7.1', answers);
    expect(scenario.applicable).toBe(true);
    expect(scenario.declarationRequired).toBe(false);
    expect(scenario.pendingQuestions).toEqual(['insApplicable']);
    expect(scenario.reasons).toContain(
      "À confirmer : répondez à « L'INS s'applique » pour savoir si ce scénario s'applique.",
    );
    expect(scenario.proofs.map((proof) => proof.required)).toEqual([true]);
  });

  it('lets a failing condition decide even when another condition is still unanswered', () => {
    const twoConditions = structuredClone(fixture);
    const scenario = twoConditions.requirements
      .flatMap((requirement) => requirement.scenarios)
      .find((entry) => entry.code === 'IEU 7.1');
    scenario!.conditions = [
      {
        rule: { '==': [{ var: 'directorySource' }, 'fhir_api'] },
        notApplicableReason: "l'annuaire ne vient pas de l'API",
      },
      ...(scenario!.conditions ?? []),
    ];
    const { directorySource: _unanswered, ...answers }: Answers = { ...complete, insApplicable: false };
    const result = assess(twoConditions, answers).scenarios.find((entry) => entry.code === 'IEU 7.1')!;
    expect(result.applicable).toBe(false);
    expect(result.pendingQuestions).toEqual([]);
    expect(result.reasons.filter((reason) => reason.startsWith('À confirmer'))).toEqual([]);
  });

  it('ignores a follow-up answer that its parent answer makes irrelevant', () => {
    const withoutRole: Answers = { profiles: ['general'], insApplicable: true, directorySource: 'fhir_api' };
    expect(assess(fixture, { ...withoutRole, identityRole: 'slave' })).toEqual(assess(fixture, withoutRole));
  });
});

describe('assess — proofs', () => {
  it.each([
    ['fhir_api', true, "Requise : le produit interroge l'API FHIR (réponse « Source de l'annuaire » : API FHIR)."],
    ['extraction_file', false, "Non requise (réponse « Source de l'annuaire » : Fichiers d'extraction)."],
  ])('with directorySource %s, the API proof is required: %s', (directorySource, required, reason) => {
    const scenario = assessed('ANN 1.1', { ...complete, directorySource });
    expect(scenario.proofs).toEqual([
      { code: 'ANN 1.1.1', title: 'Traces de chargement', kinds: ['logs'], required: true },
      { code: 'ANN 1.1.1-API', title: "Processus d'appel", kinds: ['document'], required, reason },
    ]);
    expect(scenario.pendingQuestions).toEqual([]);
  });

  it('requires a conditional proof while its question is unanswered, and marks the question pending', () => {
    const { directorySource: _unanswered, ...answers } = complete;
    const scenario = assessed('ANN 1.1', answers);
    const proof = scenario.proofs.find((p) => p.code === 'ANN 1.1.1-API');
    expect(proof?.required).toBe(true);
    expect(proof?.reason).toMatch(/^À confirmer : .*« Source de l'annuaire »/);
    expect(scenario.pendingQuestions).toEqual(['directorySource']);
    expect(scenario.applicable).toBe(true);
  });

  it('requires no proof at all of a scenario that does not apply, whatever the answers', () => {
    const scenario = assessed('ANN 1.1', { ...complete, profiles: ['patient_access'] });
    expect(scenario.proofs.map((proof) => [proof.code, proof.required])).toEqual([
      ['ANN 1.1.1', false],
      ['ANN 1.1.1-API', false],
    ]);
  });

  it('lists the cases of a scenario and does not require their proofs one by one', () => {
    const scenario = assessed('INS 4.1', complete);
    expect(scenario.cases).toEqual([
      { key: 'cas-1', title: "Cas n°1 : l'écran peut être montré", proofCodes: ['INS 4.1.1'] },
      { key: 'cas-2', title: "Cas n°2 : l'écran ne peut pas être montré", proofCodes: ['INS 4.1.2', 'INS 4.1.3'] },
    ]);
    expect(scenario.proofs.map(({ code, required, cases }) => [code, required, cases])).toEqual([
      ['INS 4.1.1', false, ['cas-1']],
      ['INS 4.1.2', false, ['cas-2']],
      ['INS 4.1.3', false, ['cas-2']],
      ['INS 4.1.4', true, undefined],
    ]);
    expect(scenario.proofs[0].reason).toContain("Cas n°1 : l'écran peut être montré");
    expect(scenario.proofs[1].reason).toContain("Cas n°2 : l'écran ne peut pas être montré");
  });

  it('lists no case for a scenario that does not apply', () => {
    const scenario = assessed('INS 4.1', { ...complete, profiles: ['patient_access'] });
    expect(scenario.cases).toEqual([]);
    expect(scenario.proofs.every((proof) => !proof.required)).toBe(true);
  });
});

describe('assess — counts', () => {
  it.each([
    [
      'everything declared and answered',
      complete,
      { scenarios: 5, applicable: 5, notApplicable: 0, declarationsRequired: 0, pending: 0 },
    ],
    [
      'patient access only, slave identity, no INS',
      { profiles: ['patient_access'], identityRole: 'slave', insApplicable: false, directorySource: 'fhir_api' },
      { scenarios: 5, applicable: 0, notApplicable: 5, declarationsRequired: 1, pending: 0 },
    ],
    [
      'general only, nothing else answered',
      { profiles: ['general'] },
      { scenarios: 5, applicable: 2, notApplicable: 3, declarationsRequired: 0, pending: 1 },
    ],
    ['nothing answered', {}, { scenarios: 5, applicable: 5, notApplicable: 0, declarationsRequired: 0, pending: 5 }],
  ])('%s', (_case, answers, counts) => {
    expect(assess(fixture, answers).counts).toEqual(counts);
  });
});

describe('assess — purity', () => {
  it('gives the same assessment for the same input, without touching the input', () => {
    const referential = structuredClone(fixture);
    const answers = structuredClone({ ...complete, identityRole: 'slave', insApplicable: false });
    const before = structuredClone({ referential, answers });
    deepFreeze(referential);
    deepFreeze(answers);

    const first = assess(referential, answers);
    const second = assess(referential, answers);

    expect(second).toEqual(first);
    expect({ referential, answers }).toEqual(before);
  });

  it('does not share state between calls with different answers', () => {
    const alone = assess(fixture, { ...complete, insApplicable: false });
    assess(fixture, complete);
    expect(assess(fixture, { ...complete, insApplicable: false })).toEqual(alone);
  });
});

describe('assess — the deciding reason comes first', () => {
  it('puts the failing condition first and no « Applicable » line before or after it', () => {
    const scenario = assessed('IEU 2.1', { ...complete, identityRole: 'slave' });
    expect(scenario.reasons[0]).toMatch(/^Non applicable : la solution est esclave/);
    expect(scenario.reasons.some((reason) => reason.startsWith('Applicable'))).toBe(false);
    expect(scenario.reasons[1]).toContain('« Accès Usager »');
    expect(scenario.waivedByAnswer).toBe(true);
  });

  it('marks a scenario waived by its profiles as not waived by an answer', () => {
    expect(assessed('IEU 2.1', { ...complete, profiles: ['general'] }).waivedByAnswer).toBe(false);
  });
});
