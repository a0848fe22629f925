import { describe, expect, it } from '@jest/globals';
import {
  assess,
  questionnaireState,
  validateAnswers,
  type Answers,
  type Assessment,
  type Scenario,
  type ScenarioAssessment,
} from '@preuve/domain';
import { loadBuiltInReferentials } from './referential-loader.js';

/**
 * The clarifications of the ANS FAQ are product rules: each is checked here against the real
 * built-in référentiel file, through the same `assess` the API uses.
 */
const dmn = loadBuiltInReferentials()[0].referential;

const ALL_PROFILES = [
  'general',
  'identity_referential',
  'identity_document_storage',
  'professional_access',
  'patient_access',
  'patient_access_apcv',
];

/** Every question answered, every profile declared, every scenario applicable. */
const base: Answers = {
  profiles: ALL_PROFILES,
  identityRole: 'referential',
  insApplicable: true,
  directorySource: 'fhir_api',
  patientAccess: 'account',
  storesReferringDoctor: true,
};

function scenarioOf(assessment: Assessment, code: string): ScenarioAssessment {
  const found = assessment.scenarios.find((scenario) => scenario.code === code);
  if (!found) throw new Error(`no scenario ${code} in the DMN assessment`);
  return found;
}

const assessed = (code: string, override: Answers = {}): ScenarioAssessment =>
  scenarioOf(assess(dmn, { ...base, ...override }), code);

function scenarioIn(code: string): Scenario {
  const found = dmn.requirements.flatMap((requirement) => requirement.scenarios).find((s) => s.code === code);
  if (!found) throw new Error(`no scenario ${code} in the DMN file`);
  return found;
}

const allScenarios = dmn.requirements.flatMap((requirement) => requirement.scenarios);

describe('DMN 1.2.2 — the file itself', () => {
  it('is the DMN 1.2.2 référentiel', () => {
    expect([dmn.programme, dmn.code, dmn.version]).toEqual(['DMN', 'DMN', '1.2.2']);
  });

  it('says it is a working copy, not the official grid', () => {
    expect(dmn.notice).toMatch(/copie de travail/i);
    expect(dmn.notice).toMatch(/grille officielle/i);
  });

  it('has the nine families', () => {
    expect(dmn.families.map((family) => family.code)).toEqual([
      'ANN',
      'IEU',
      'IEPS',
      'INS',
      'PSC',
      'PORT',
      'ApCV',
      'ADM',
      'RGPD',
    ]);
  });

  it.each(['ANN', 'IEU', 'IEPS', 'INS', 'PSC', 'PORT', 'ApCV', 'ADM', 'RGPD'])(
    'has at least one requirement with a scenario in family %s',
    (family) => {
      const requirements = dmn.requirements.filter((requirement) => requirement.family === family);
      expect(requirements.length).toBeGreaterThan(0);
      expect(requirements.every((requirement) => requirement.scenarios.length > 0)).toBe(true);
    },
  );

  it('has the six applicability profiles', () => {
    expect(dmn.profiles.map((profile) => profile.code)).toEqual(ALL_PROFILES);
  });

  it('has the six questionnaire keys of the API, plus the follow-up on other correspondents', () => {
    expect(dmn.questions.map((question) => question.key).sort()).toEqual(
      [
        'directorySource',
        'identityRole',
        'insApplicable',
        'patientAccess',
        'profiles',
        'storesReferringDoctor',
        'storesOtherCorrespondents',
      ].sort(),
    );
  });

  it.each([
    ['profiles', 'multi_choice', ALL_PROFILES],
    ['identityRole', 'choice', ['referential', 'slave']],
    ['insApplicable', 'boolean', undefined],
    ['directorySource', 'choice', ['fhir_api', 'extraction_file', 'none']],
    ['patientAccess', 'choice', ['none', 'account', 'declaration_form_only']],
    ['storesReferringDoctor', 'boolean', undefined],
  ])('question %s is a %s, with the values of the API', (key, type, values) => {
    const question = dmn.questions.find((q) => q.key === key);
    expect(question?.type).toBe(type);
    expect(question?.options?.map((option) => option.value)).toEqual(values);
  });
});

describe('DMN 1.2.2 — FAQ: ANN 1.1.1, the FHIR API call process', () => {
  it.each([
    ['fhir_api', true],
    ['extraction_file', false],
    ['none', false],
  ])('with directorySource %s, « ANN 1.1.1-API » is required: %s', (directorySource, required) => {
    const scenario = assessed('ANN 1.1', { directorySource });
    expect(scenario.applicable).toBe(true);
    expect(scenario.proofs.find((proof) => proof.code === 'ANN 1.1.1-API')?.required).toBe(required);
    expect(scenario.proofs.find((proof) => proof.code === 'ANN 1.1.1')?.required).toBe(true);
  });

  it('describes the call types and their frequency in the API proof and the clarification', () => {
    const scenario = scenarioIn('ANN 1.1');
    const proof = scenario.proofs.find((p) => p.code === 'ANN 1.1.1-API');
    expect(proof?.kinds).toEqual(['document']);
    const notes = (scenario.clarifications ?? []).map((note) => note.text).join(' ');
    for (const word of ['FULL', 'DELTA', 'unitaire', 'fréquence']) expect(notes).toContain(word);
  });
});

describe('DMN 1.2.2 — FAQ: ANN 2.1.2, logs of the FHIR API calls behind the search', () => {
  it.each([
    ['fhir_api', true],
    ['extraction_file', false],
    ['none', false],
  ])('with directorySource %s, « ANN 2.1.2-LOGS » is required: %s, « ANN 2.1.2 » always', (directorySource, logs) => {
    const scenario = assessed('ANN 2.1', { directorySource });
    expect(scenario.proofs.find((proof) => proof.code === 'ANN 2.1.2-LOGS')?.required).toBe(logs);
    expect(scenario.proofs.find((proof) => proof.code === 'ANN 2.1.2')?.required).toBe(true);
  });

  it('asks for logs in the extra proof and a video in the search proof', () => {
    const proofs = scenarioIn('ANN 2.1').proofs;
    expect(proofs.find((proof) => proof.code === 'ANN 2.1.2-LOGS')?.kinds).toEqual(['logs']);
    expect(proofs.find((proof) => proof.code === 'ANN 2.1.2')?.kinds).toContain('video');
  });
});

describe('DMN 1.2.2 — FAQ: the national professional identifier field', () => {
  it('explains IDNPS (FHIR API) versus « Identification nationale PP » (PS_LibreAcces), 8 + RPPS', () => {
    const notes = (scenarioIn('ANN 2.1').clarifications ?? []).map((note) => note.text).join(' ');
    for (const word of ['IDNPS', 'PS_LibreAcces', 'Identification nationale', 'RPPS', '8']) {
      expect(notes).toContain(word);
    }
  });
});

describe('DMN 1.2.2 — FAQ: IEU 2 and the identity slave', () => {
  it.each([
    ['slave', false],
    ['referential', true],
  ])('with identityRole %s, IEU 2.1 applies: %s', (identityRole, applicable) => {
    const scenario = assessed('IEU 2.1', { identityRole });
    expect(scenario.applicable).toBe(applicable);
    expect(scenario.declarationRequired).toBe(false);
    expect(scenario.pendingQuestions).toEqual([]);
  });

  it('says the solution is an identity slave, in the reason the vendor reads', () => {
    const reasons = assessed('IEU 2.1', { identityRole: 'slave' }).reasons;
    expect(
      reasons.some((reason) => reason.startsWith('Non applicable') && reason.includes("esclave de l'identité")),
    ).toBe(true);
  });
});

describe('DMN 1.2.2 — FAQ: INS 4.1, the two ways to prove identity creation', () => {
  it('offers the video case and the flows-plus-screenshot case, with no proof required one by one', () => {
    const scenario = assessed('INS 4.1');
    expect(scenario.cases.map(({ key, proofCodes }) => [key, proofCodes])).toEqual([
      ['cas-1', ['INS 4.1.1']],
      ['cas-2', ['INS 4.1.2', 'INS 4.1.3']],
    ]);
    expect(scenario.proofs.map(({ code, required, cases }) => [code, required, cases])).toEqual([
      ['INS 4.1.1', false, ['cas-1']],
      ['INS 4.1.2', false, ['cas-2']],
      ['INS 4.1.3', false, ['cas-2']],
    ]);
  });

  it('expects a video in case 1, flows and a screenshot in case 2', () => {
    const kinds = Object.fromEntries(scenarioIn('INS 4.1').proofs.map((proof) => [proof.code, proof.kinds]));
    expect(kinds['INS 4.1.1']).toContain('video');
    expect(kinds['INS 4.1.2']).toContain('flow');
    expect(kinds['INS 4.1.3']).toContain('screenshot');
  });
});

describe('DMN 1.2.2 — FAQ: IEU 9.1, two-factor authentication of patients', () => {
  it.each([
    ['account', true],
    ['declaration_form_only', false],
    ['none', false],
  ])('with patientAccess %s, IEU 9.1 applies: %s, and needs no sworn declaration', (patientAccess, applicable) => {
    const scenario = assessed('IEU 9.1', { patientAccess });
    expect(scenario.applicable).toBe(applicable);
    expect(scenario.declarationRequired).toBe(false);
  });

  it('mentions the simple declaration form in the reason when it does not apply', () => {
    const reasons = assessed('IEU 9.1', { patientAccess: 'declaration_form_only' }).reasons;
    expect(
      reasons.some((reason) => reason.startsWith('Non applicable') && reason.includes('formulaire de déclaration')),
    ).toBe(true);
  });
});

describe('DMN 1.2.2 — FAQ: ANN 3 and ANN 5, the médecin traitant is a sufficient condition', () => {
  it.each([
    ['ANN 3.1', true, undefined, true],
    ['ANN 3.1', false, true, true],
    ['ANN 3.1', false, false, false],
    ['ANN 5.1', true, undefined, true],
    ['ANN 5.1', false, true, true],
    ['ANN 5.1', false, false, false],
  ])(
    '%s with storesReferringDoctor %s and storesOtherCorrespondents %s applies: %s',
    (code, storesReferringDoctor, storesOtherCorrespondents, applicable) => {
      const scenario = assessed(code, {
        storesReferringDoctor,
        ...(storesOtherCorrespondents === undefined ? {} : { storesOtherCorrespondents }),
      });
      expect(scenario.applicable).toBe(applicable);
      expect(scenario.pendingQuestions).toEqual([]);
      expect(scenario.declarationRequired).toBe(false);
      expect(scenario.waivedByAnswer).toBe(!applicable);
      expect(scenario.reasons[0]).toMatch(applicable ? /^Applicable/ : /^Non applicable : .*médecin traitant/);
    },
  );

  it('keeps ANN 3.1 pending while other correspondents are not answered', () => {
    expect(assessed('ANN 3.1', { storesReferringDoctor: false }).pendingQuestions).toEqual([
      'storesOtherCorrespondents',
    ]);
  });
});

describe('DMN 1.2.2 — FAQ: IEU 7 and IEU 8 when INS does not apply', () => {
  it.each([
    ['IEU 7.1', false, false, true],
    ['IEU 7.1', true, true, false],
    ['IEU 8.1', false, false, true],
    ['IEU 8.1', true, true, false],
  ])(
    '%s with insApplicable %s applies: %s, sworn declaration required: %s',
    (code, insApplicable, applicable, declaration) => {
      const scenario = assessed(code, { insApplicable });
      expect(scenario.applicable).toBe(applicable);
      expect(scenario.declarationRequired).toBe(declaration);
    },
  );

  it('counts both sworn declarations when INS does not apply', () => {
    const assessment = assess(dmn, { ...base, insApplicable: false });
    const declarations = assessment.scenarios.filter((s) => s.declarationRequired).map((s) => s.code);
    expect(declarations).toEqual(expect.arrayContaining(['IEU 7.1', 'IEU 8.1']));
    expect(assessment.counts.declarationsRequired).toBe(declarations.length);
  });

  it('explains the justified sworn declaration in a clarification of both scenarios', () => {
    for (const code of ['IEU 7.1', 'IEU 8.1']) {
      const notes = (scenarioIn(code).clarifications ?? []).map((note) => note.text).join(' ');
      expect(notes).toMatch(/déclaration sur l'honneur justifiée/);
    }
  });
});

describe('DMN 1.2.2 — a profile the product does not declare', () => {
  it.each([
    ['ApCV 1.1', 'patient_access_apcv', 'Accès Usager‑ApCV'],
    ['PSC 1.1', 'professional_access', 'Accès Professionnel'],
    ['PSC 2.1', 'professional_access', 'Accès Professionnel'],
    ['IEPS 2.1', 'professional_access', 'Accès Professionnel'],
    ['IEU 1.1', 'patient_access', 'Accès Usager'],
    ['INS 4.1', 'identity_referential', "Référentiel d'identités"],
    ['INS 46.1', 'identity_document_storage', "Stockage de copies de titres d'identité"],
    ['RGPD 1.1', 'general', 'Général'],
  ])('%s does not apply without the profile %s, and the reason names « %s »', (code, missing, label) => {
    const scenario = assessed(code, { profiles: ALL_PROFILES.filter((profile) => profile !== missing) });
    expect(scenario.applicable).toBe(false);
    expect(scenario.declarationRequired).toBe(false);
    expect(scenario.reasons.join(' ')).toContain(`« ${label} »`);
    expect(scenario.proofs.every((proof) => !proof.required)).toBe(true);
  });

  it.each(ALL_PROFILES)('without %s, no scenario of that profile alone applies', (missing) => {
    const assessment = assess(dmn, { ...base, profiles: ALL_PROFILES.filter((profile) => profile !== missing) });
    const only = allScenarios.filter((scenario) => scenario.profiles.every((profile) => profile === missing));
    expect(only.length).toBeGreaterThan(0);
    for (const scenario of only) expect(scenarioOf(assessment, scenario.code).applicable).toBe(false);
  });
});

describe('DMN 1.2.2 — clarification notes', () => {
  /** Scenarios the FAQ speaks about, plus any scenario the file ties to the FAQ by a condition or an added proof. */
  const FAQ_SCENARIOS = [
    'ANN 1.1',
    'ANN 2.1',
    'ANN 3.1',
    'ANN 5.1',
    'IEU 2.1',
    'IEU 7.1',
    'IEU 8.1',
    'IEU 9.1',
    'INS 4.1',
  ];
  const faqSourced = allScenarios.filter(
    (scenario) =>
      FAQ_SCENARIOS.includes(scenario.code) ||
      (scenario.conditions ?? []).some((condition) => /FAQ/.test(condition.source ?? '')) ||
      scenario.proofs.some((proof) => proof.code.includes('-')),
  );

  it('ties every FAQ-sourced condition and every added proof to a scenario the FAQ speaks about', () => {
    expect(faqSourced.map((scenario) => scenario.code).sort()).toEqual([...FAQ_SCENARIOS].sort());
  });

  it.each(faqSourced.map((scenario) => [scenario.code, scenario] as const))(
    '%s shows a clarification note that names its source',
    (_code, scenario) => {
      expect(scenario.clarifications?.length).toBeGreaterThan(0);
      for (const note of scenario.clarifications ?? []) {
        expect(note.text.trim()).not.toBe('');
        expect(note.source).toMatch(/FAQ/);
      }
    },
  );

  it.each(
    allScenarios.flatMap((scenario) =>
      (scenario.conditions ?? []).map((condition, index) => [scenario.code, index + 1, condition] as const),
    ),
  )('%s condition %s says both why it applies and why not', (_code, _index, condition) => {
    expect(condition.notApplicableReason.trim()).not.toBe('');
    expect(condition.applicableReason?.trim()).toBeTruthy();
  });
});

describe('DMN 1.2.2 — a complete answer set', () => {
  it('leaves no scenario pending and makes every scenario applicable', () => {
    const assessment = assess(dmn, base);
    expect(assessment.scenarios.filter((s) => s.pendingQuestions.length > 0).map((s) => s.code)).toEqual([]);
    expect(assessment.counts.pending).toBe(0);
    expect(assessment.counts.applicable).toBe(assessment.counts.scenarios);
    expect(assessment.counts.scenarios).toBe(allScenarios.length);
  });

  it.each([
    ['identityRole', 'slave'],
    ['insApplicable', false],
    ['directorySource', 'extraction_file'],
    ['directorySource', 'none'],
    ['patientAccess', 'declaration_form_only'],
    ['patientAccess', 'none'],
    ['storesOtherCorrespondents', false],
  ])('still leaves no scenario pending with %s = %s', (key, value) => {
    const extra: Answers = key === 'storesOtherCorrespondents' ? { storesReferringDoctor: false } : {};
    expect(assess(dmn, { ...base, ...extra, [key]: value }).counts.pending).toBe(0);
  });

  it('leaves scenarios pending while a deciding question is unanswered', () => {
    const { insApplicable: _unanswered, ...answers } = base;
    const pending = assess(dmn, answers).scenarios.filter((s) => s.pendingQuestions.includes('insApplicable'));
    expect(pending.map((s) => s.code)).toEqual(expect.arrayContaining(['IEU 7.1', 'IEU 8.1']));
  });
});

describe('the questionnaire of the built-in DMN 1.2.2 référentiel', () => {
  it('accepts a complete answer set written with the keys and values of the API', () => {
    const answers = {
      profiles: ['general', 'identity_referential', 'professional_access', 'patient_access'],
      identityRole: 'slave',
      insApplicable: true,
      directorySource: 'extraction_file',
      patientAccess: 'declaration_form_only',
      storesReferringDoctor: false,
      storesOtherCorrespondents: true,
    };
    expect(validateAnswers(dmn, answers)).toEqual({ errors: [], answers, ignored: [] });
    expect(questionnaireState(dmn, answers).every((state) => state.asked && state.answered)).toBe(true);
  });

  it('ignores identity role and patient access for a product that only declares the general profile', () => {
    const { errors, answers, ignored } = validateAnswers(dmn, {
      profiles: ['general'],
      identityRole: 'slave',
      patientAccess: 'account',
      insApplicable: true,
    });
    expect(errors).toEqual([]);
    expect(ignored).toEqual(['identityRole', 'patientAccess']);
    expect(answers).toEqual({ profiles: ['general'], insApplicable: true });
  });

  it('asks the patient access question for the ApCV profile alone, but not the identity role', () => {
    const state = questionnaireState(dmn, { profiles: ['patient_access_apcv'] });
    expect(state.find((q) => q.key === 'patientAccess')?.asked).toBe(true);
    expect(state.find((q) => q.key === 'identityRole')?.asked).toBe(false);
  });

  it('names the key and the value when a directory source is not one of its options', () => {
    const { errors } = validateAnswers(dmn, { directorySource: 'ldap' });
    expect(errors).toEqual([
      {
        key: 'directorySource',
        code: 'VALUE_NOT_IN_OPTIONS',
        message: expect.stringMatching(/« ldap ».*directorySource/),
      },
    ]);
  });
});
