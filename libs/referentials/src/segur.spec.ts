import { describe, expect, it } from '@jest/globals';
import { assess, codeLookupKey, type Referential } from '@preuve/domain';
import { loadBuiltInReferentials, parseReferential, ReferentialFileError } from './referential-loader.js';

const segur = loadBuiltInReferentials()
  .map((loaded) => loaded.referential)
  .filter((referential) => referential.programme === 'SEGUR');
const byDispositif = (dispositif: string): Referential => segur.find((entry) => entry.dispositif === dispositif)!;

describe('the built-in Ségur REM working copies', () => {
  it('are two: LGC médecins de ville vague 2 and DRIMbox vague 2', () => {
    expect(segur.map(({ couloir, dispositif, vague }) => `${couloir}/${dispositif}/${vague}`).sort()).toEqual([
      'MDV/LGC/2',
      'RAD/DRIMBOX/2',
    ]);
  });

  it.each(['LGC', 'DRIMBOX'])(
    '%s: at least 25 requirements across INS, DMP, MSSanté, PSC and security',
    (dispositif) => {
      const referential = byDispositif(dispositif);
      expect(referential.requirements.length).toBeGreaterThanOrEqual(25);
      const families = new Set(referential.requirements.map((requirement) => requirement.family));
      for (const family of ['INS', 'DMP', 'MSS', 'PSC', 'SEC']) expect(families).toContain(family);
    },
  );

  it.each(['LGC', 'DRIMBOX'])(
    '%s: says it is a working copy, names its DSR, REM and AF, and has its own forms',
    (dispositif) => {
      const referential = byDispositif(dispositif);
      expect(referential.notice).toMatch(/copie de travail/i);
      expect(referential.documents!.map((document) => document.kind).sort()).toEqual(['AF', 'DSR', 'REM']);
      expect(referential.eligibility!.length).toBeGreaterThan(0);
      expect(referential.charter!.text.length).toBeGreaterThan(100);
      expect(referential.milestones!.map((milestone) => milestone.key)).toEqual([
        'application_end',
        'proofs_due',
        'change_request_answer',
      ]);
    },
  );

  it('keeps REM codes as written, each found by its lookup key', () => {
    const lgc = byDispositif('LGC');
    const drimbox = byDispositif('DRIMBOX');
    expect(lgc.requirements.map((requirement) => requirement.code)).toContain('INS/va1.53');
    expect(drimbox.requirements.map((requirement) => requirement.code)).toContain('DB.SO.106');
    const keys = (referential: Referential): Map<string | null, string> =>
      new Map(referential.requirements.map((requirement) => [codeLookupKey(requirement.code), requirement.code]));
    expect(keys(lgc).get(codeLookupKey('ins.VA1.53'))).toBe('INS/va1.53');
    expect(keys(drimbox).get(codeLookupKey('db/so/106'))).toBe('DB.SO.106');
  });

  it('applies its rules as data: the HDS requirement only to a SaaS LGC, with a sworn declaration otherwise', () => {
    const lgc = byDispositif('LGC');
    const answers = { profiles: ['general'], mobileApp: false, usesCpsCard: true };
    const onPremise = assess(lgc, { ...answers, hostingMode: 'on_premise' }).scenarios.find(
      (scenario) => scenario.code === 'SEC/va2.4.1',
    )!;
    const saas = assess(lgc, { ...answers, hostingMode: 'saas' }).scenarios.find(
      (scenario) => scenario.code === 'SEC/va2.4.1',
    )!;
    expect([onPremise.applicable, onPremise.declarationRequired]).toEqual([false, true]);
    expect(onPremise.reasons.join(' ')).toMatch(/installée sur site/);
    expect(saas.applicable).toBe(true);
    const mobile = assess(lgc, { ...answers, hostingMode: 'saas' }).scenarios.find(
      (scenario) => scenario.code === 'PSC/va2.3.1',
    )!;
    expect(mobile.applicable).toBe(false);
  });

  it('refuses a Ségur file without its couloir, two codes one lookup confuses, and a homologation naming nothing', () => {
    const lgc = byDispositif('LGC');
    const broken = {
      ...lgc,
      couloir: undefined,
      requirements: [...lgc.requirements, { ...lgc.requirements[0], code: 'INS.va1.53', scenarios: [] }],
      homologations: [{ kind: 'cnda_x', label: 'X', requirementCodes: ['NOPE/1'], inProgressUntil: 'nowhere' }],
    };
    let error: unknown;
    try {
      parseReferential(JSON.stringify(broken), 'broken.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ReferentialFileError);
    // the schema refuses the empty scenario list first; fix it and the cross-checks speak
    const fixed = { ...broken, requirements: [...lgc.requirements, { ...lgc.requirements[0], code: 'INS.va1.53' }] };
    try {
      parseReferential(JSON.stringify(fixed), 'broken.json');
    } catch (caught) {
      error = caught;
    }
    const problems = (error as ReferentialFileError).problems.join('\n');
    expect(problems).toMatch(/needs « couloir »/);
    expect(problems).toMatch(/« INS\.va1\.53 » is used twice/);
    expect(problems).toMatch(/unknown requirement « NOPE\/1 »/);
    expect(problems).toMatch(/unknown milestone « nowhere »/);
  });
});
