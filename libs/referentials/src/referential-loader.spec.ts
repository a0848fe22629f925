import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Referential } from '@preuve/domain';
import { stringify } from 'yaml';
import {
  builtInReferentialsDir,
  loadBuiltInReferentials,
  parseReferential,
  ReferentialFileError,
} from './referential-loader.js';
import { referentialProblemTextFr } from './referential-problems-fr.js';

const dmnPath = join(builtInReferentialsDir(), 'dmn-1.2.2.yaml');
const dmnText = readFileSync(dmnPath, 'utf8');
const dmn = parseReferential(dmnText, dmnPath);

/** A deep copy of the real DMN référentiel, changed by `mutate`, written back to YAML. */
function mutated(mutate: (referential: Referential & Record<string, unknown>) => void): string {
  const copy = structuredClone(dmn.referential) as Referential & Record<string, unknown>;
  mutate(copy);
  return stringify(copy);
}

/** The problems parseReferential reports for this text; fails the test when it accepts the text. */
function problemsOf(text: string, source = 'test.yaml'): string[] {
  try {
    parseReferential(text, source);
  } catch (error) {
    expect(error).toBeInstanceOf(ReferentialFileError);
    expect((error as ReferentialFileError).source).toBe(source);
    return (error as ReferentialFileError).problems;
  }
  throw new Error('parseReferential accepted the text');
}

function requirement(referential: Referential, code: string): Referential['requirements'][number] {
  const found = referential.requirements.find((item) => item.code === code);
  if (!found) throw new Error(`no requirement ${code}`);
  return found;
}

function scenario(referential: Referential, code: string): Referential['requirements'][number]['scenarios'][number] {
  const found = referential.requirements.flatMap((item) => item.scenarios).find((item) => item.code === code);
  if (!found) throw new Error(`no scenario ${code}`);
  return found;
}

/** The same value with the keys of every object in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, member]) => [key, reverseKeys(member)]),
  );
}

describe('parseReferential — YAML', () => {
  it.each([
    ['an unclosed flow sequence', 'programme: DMN\nfamilies: [ ANN, IEU\n'],
    ['a bad indentation', 'programme: DMN\n  code: DMN\n code: X\n'],
    ['a duplicate key', 'programme: DMN\nprogramme: SEGUR\n'],
  ])('refuses %s with a ReferentialFileError naming the file', (_case, text) => {
    const problems = problemsOf(text, 'broken.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^not valid YAML/);
  });

  it('puts the file name and every problem in the error message', () => {
    expect(() => parseReferential('a: [1, 2', 'broken.yaml')).toThrow(/broken\.yaml[\s\S]*not valid YAML/);
  });
});

describe('parseReferential — schema', () => {
  it.each([
    [
      'a missing required field',
      (r: Referential) => delete (requirement(r, 'ANN 2') as Partial<Referential['requirements'][number]>).title,
      /^\/requirements\/1 .*required property 'title'/,
    ],
    [
      'a nature outside the enum',
      (r: Referential) => Object.assign(requirement(r, 'ANN 2'), { nature: 'PEUT' }),
      /^\/requirements\/1\/nature .*allowed values/,
    ],
    [
      'an unknown extra field on a scenario',
      (r: Referential) => Object.assign(scenario(r, 'ANN 2.1'), { colour: 'blue' }),
      /^\/requirements\/1\/scenarios\/0 .*additional propert.*colour/,
    ],
    [
      'an unknown extra field at the top',
      (r: Referential) => Object.assign(r, { editor: 'ANS' }),
      /^\/ .*additional propert.*editor/,
    ],
    [
      'an unknown proof kind',
      (r: Referential) => Object.assign(scenario(r, 'ANN 1.1').proofs[0], { kinds: ['audio'] }),
      /kinds\/0/,
    ],
    ['a scenario without proofs', (r: Referential) => Object.assign(scenario(r, 'ANN 1.1'), { proofs: [] }), /proofs/],
    ['a programme outside the enum', (r: Referential) => Object.assign(r, { programme: 'HDS' }), /^\/programme /],
  ])('reports %s', (_case, mutate, expected) => {
    const problems = problemsOf(mutated(mutate));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('reports every schema problem of the file, not just the first', () => {
    const problems = problemsOf(
      mutated((r) => {
        delete (requirement(r, 'ANN 2') as Partial<Referential['requirements'][number]>).title;
        Object.assign(requirement(r, 'ANN 3'), { nature: 'PEUT' });
        Object.assign(scenario(r, 'IEU 2.1'), { colour: 'blue' });
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/requirements\/1 .*'title'/),
        expect.stringMatching(/^\/requirements\/2\/nature /),
        expect.stringMatching(/^\/requirements\/\d+\/scenarios\/0 .*colour/),
      ]),
    );
  });
});

describe('parseReferential — consistency', () => {
  it.each([
    [
      'a duplicate code',
      (r: Referential) => r.requirements.push(structuredClone(requirement(r, 'ANN 1'))),
      'code « ANN 1 » is used twice',
    ],
    [
      'a duplicate proof code',
      (r: Referential) => (scenario(r, 'ANN 2.1').proofs[1].code = 'ANN 2.1.1'),
      'code « ANN 2.1.1 » is used twice',
    ],
    [
      'a non-canonical requirement code',
      (r: Referential) => (requirement(r, 'ANN 2').code = 'ANN.2'),
      'requirement code « ANN.2 » is not in canonical form',
    ],
    [
      'a lower-case scenario code',
      (r: Referential) => (scenario(r, 'ANN 1.1').code = 'ann 1.1'),
      'scenario code « ann 1.1 » is not in canonical form',
    ],
    [
      'a scenario code at proof level',
      (r: Referential) => (scenario(r, 'ANN 4.1').code = 'ANN 4.1.9'),
      '« ANN 4.1.9 » is not a scenario code',
    ],
    [
      'a scenario not under its requirement',
      (r: Referential) => (scenario(r, 'ANN 4.1').code = 'ANN 9.1'),
      'scenario « ANN 9.1 » does not sit under « ANN 4 »',
    ],
    [
      'a proof not under its scenario',
      (r: Referential) => (scenario(r, 'ANN 4.1').proofs[0].code = 'ANN 4.2.1'),
      'proof « ANN 4.2.1 » does not sit under « ANN 4.1 »',
    ],
    [
      'a requirement outside its family',
      (r: Referential) => (requirement(r, 'ANN 4').family = 'IEU'),
      'requirement « ANN 4 » is not in family « IEU »',
    ],
    [
      'an unknown family',
      (r: Referential) => (requirement(r, 'ANN 4').family = 'XYZ'),
      'requirement « ANN 4 »: unknown family « XYZ »',
    ],
    [
      'an unknown profile',
      (r: Referential) => (scenario(r, 'ANN 4.1').profiles = ['general', 'hospital']),
      'scenario « ANN 4.1 »: unknown profile « hospital »',
    ],
    [
      'a condition reading an unknown question key',
      (r: Referential) => (scenario(r, 'IEU 2.1').conditions![0].rule = { '==': [{ var: 'colour' }, 'blue'] }),
      'scenario « IEU 2.1 » condition 1: the rule reads « colour », which is not a question',
    ],
    [
      'a proof rule reading an unknown question key',
      (r: Referential) => (scenario(r, 'ANN 1.1').proofs[1].requiredWhen = { var: 'usesFhir' }),
      'proof « ANN 1.1.1-API »: the rule reads « usesFhir », which is not a question',
    ],
    [
      'a follow-up asked on an unknown question key',
      (r: Referential) => (r.questions.find((q) => q.key === 'identityRole')!.askedWhen = { var: 'hasPatients' }),
      'question « identityRole »: the rule reads « hasPatients », which is not a question',
    ],
    [
      'a rule that is not JSON Logic',
      (r: Referential) => (scenario(r, 'ANN 3.1').conditions![0].rule = { equals: ['a', 'b'] }),
      'scenario « ANN 3.1 » condition 1: the rule is not a JSON Logic expression',
    ],
    [
      'a case naming an unknown proof',
      (r: Referential) => (scenario(r, 'INS 4.1').cases![1].proofCodes = ['INS 4.1.2', 'INS 4.1.9']),
      'scenario « INS 4.1 » case « cas-2 » names unknown proof « INS 4.1.9 »',
    ],
    [
      'a boolean question with options',
      (r: Referential) =>
        (r.questions.find((q) => q.key === 'insApplicable')!.options = [{ value: 'yes', label: 'Oui' }]),
      'question « insApplicable » is boolean but lists options',
    ],
    [
      'a choice question without options',
      (r: Referential) => delete r.questions.find((q) => q.key === 'directorySource')!.options,
      'question « directorySource » needs options',
    ],
    [
      'a profiles question missing a profile',
      (r: Referential) => r.questions.find((q) => q.key === 'profiles')!.options!.pop(),
      'the options of « profiles » must be exactly the référentiel profiles',
    ],
    [
      'a profile the profiles question does not offer',
      (r: Referential) => r.profiles.push({ code: 'hospital', label: 'Établissement' }),
      'the options of « profiles » must be exactly the référentiel profiles',
    ],
    [
      'a profiles question offering a value that is not a profile',
      (r: Referential) => (r.questions.find((q) => q.key === 'profiles')!.options![0].value = 'hospital'),
      'the options of « profiles » must be exactly the référentiel profiles',
    ],
    [
      'no profiles question',
      (r: Referential) => (r.questions = r.questions.filter((q) => q.key !== 'profiles')),
      'the questionnaire needs a multi_choice question « profiles »',
    ],
  ])('reports %s', (_case, mutate, expected) => {
    expect(problemsOf(mutated(mutate))).toContain(expected);
  });

  it('reports every consistency problem of the file, not just the first', () => {
    const problems = problemsOf(
      mutated((r) => {
        requirement(r, 'ANN 2').code = 'ANN.2';
        scenario(r, 'ANN 4.1').profiles = ['hospital'];
        scenario(r, 'INS 4.1').cases![0].proofCodes = ['INS 4.1.9'];
        r.questions.find((q) => q.key === 'profiles')!.options!.pop();
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'requirement code « ANN.2 » is not in canonical form',
        'scenario « ANN 4.1 »: unknown profile « hospital »',
        'scenario « INS 4.1 » case « cas-1 » names unknown proof « INS 4.1.9 »',
        'the options of « profiles » must be exactly the référentiel profiles',
      ]),
    );
  });
});

describe('parseReferential — problems as codes', () => {
  it('gives each problem a code and its values, from which the English and the French texts are both rendered', () => {
    const text = mutated((r) => (r.surprise = true));
    let error: unknown;
    try {
      parseReferential(text, 'test.yaml');
    } catch (caught) {
      error = caught;
    }
    const { coded, problems } = error as ReferentialFileError;
    expect(coded).toEqual([
      expect.objectContaining({
        code: 'REFERENTIAL_SHAPE',
        params: expect.objectContaining({ path: '/', keyword: 'additionalProperties', property: 'surprise' }),
      }),
    ]);
    expect(problems).toEqual(['/ must NOT have additional properties: « surprise »']);
    expect(coded.map(({ code, params }) => referentialProblemTextFr(code, params))).toEqual([
      '« / » : propriété inconnue « surprise »',
    ]);
    const consistency = mutated((r) => r.requirements.push(structuredClone(requirement(r, 'ANN 1'))));
    try {
      parseReferential(consistency, 'test.yaml');
    } catch (caught) {
      error = caught;
    }
    expect((error as ReferentialFileError).coded).toContainEqual({ code: 'CODE_TWICE', params: { code: 'ANN 1' } });
    expect(referentialProblemTextFr('CODE_TWICE', { code: 'ANN 1' })).toBe('le code « ANN 1 » est employé deux fois');
  });
});

describe('parseReferential — content hash', () => {
  it('does not change when only the formatting or the key order changes', () => {
    const reordered = stringify(reverseKeys(dmn.referential), { indent: 4, lineWidth: 0 });
    expect(reordered).not.toBe(dmnText);
    expect(parseReferential(reordered, 'reordered.yaml').contentHash).toBe(dmn.contentHash);
  });

  it('does not change when the same référentiel is written as JSON', () => {
    const json = JSON.stringify(reverseKeys(dmn.referential), null, 1);
    expect(parseReferential(json, 'dmn.json').contentHash).toBe(dmn.contentHash);
  });

  it.each([
    ['the title of the référentiel', (r: Referential) => (r.title = `${r.title} (révisé)`)],
    ['the title of a proof', (r: Referential) => (scenario(r, 'ANN 2.1').proofs[0].title = 'Fiche utilisateur')],
    ['the order of the scenarios of a requirement', (r: Referential) => requirement(r, 'IEU 10').scenarios.reverse()],
    [
      'a value of a rule',
      (r: Referential) => (scenario(r, 'IEU 9.1').conditions![0].rule = { '==': [{ var: 'patientAccess' }, 'none'] }),
    ],
  ])('changes when %s changes', (_case, mutate) => {
    expect(parseReferential(mutated(mutate), 'changed.yaml').contentHash).not.toBe(dmn.contentHash);
  });
});

describe('the built-in référentiels', () => {
  it('loads the DMN 1.2.2 file without problems, then the two Ségur working copies', () => {
    const [loaded, ...others] = loadBuiltInReferentials();
    expect(others.map((other) => other.referential.code)).toEqual(['SEGUR-MDV-LGC', 'SEGUR-RAD-DRIMBOX']);
    expect(loaded.source).toBe(dmnPath);
    expect([loaded.referential.code, loaded.referential.version]).toEqual(['DMN', '1.2.2']);
    expect(loaded.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same hash each time the file is loaded', () => {
    expect(loadBuiltInReferentials()[0].contentHash).toBe(loadBuiltInReferentials()[0].contentHash);
    expect(loadBuiltInReferentials()[0].contentHash).toBe(dmn.contentHash);
  });
});
