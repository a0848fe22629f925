import { describe, expect, it } from '@jest/globals';
import type { Referential } from './model.js';
import { compareVersions, diffReferentials, planMove } from './versions.js';

function tree(version: string, edit: (referential: Referential) => void = () => undefined): Referential {
  const referential: Referential = {
    programme: 'DMN',
    code: 'DMN',
    version,
    title: 'Test',
    families: [{ code: 'ANN', title: 'Annuaire' }],
    profiles: [
      { code: 'general', label: 'Général' },
      { code: 'patient_access', label: 'Accès Usager' },
    ],
    questions: [
      {
        key: 'profiles',
        label: 'Profils ?',
        type: 'multi_choice',
        options: [
          { value: 'general', label: 'Général' },
          { value: 'patient_access', label: 'Accès Usager' },
        ],
      },
    ],
    requirements: [
      {
        code: 'ANN 1',
        family: 'ANN',
        section: 'S',
        title: 'Charger',
        statement: 'Le système charge.',
        nature: 'DOIT',
        scenarios: [
          {
            code: 'ANN 1.1',
            title: 'Chargement',
            profiles: ['general'],
            declarationRequiredWhenNotApplicable: false,
            proofs: [
              { code: 'ANN 1.1.1', title: 'Vidéo', kinds: ['video'] },
              { code: 'ANN 1.1.2', title: 'Journal', kinds: ['logs'] },
            ],
          },
          {
            code: 'ANN 1.2',
            title: 'Fréquence',
            profiles: ['patient_access'],
            declarationRequiredWhenNotApplicable: true,
            proofs: [{ code: 'ANN 1.2.1', title: 'Capture', kinds: ['screenshot'] }],
          },
        ],
      },
    ],
  };
  edit(referential);
  return referential;
}

describe('diffReferentials', () => {
  it('says nothing about two equal trees', () => {
    const diff = diffReferentials(tree('1.0'), tree('1.0'));
    expect(diff.added).toEqual({ requirements: [], scenarios: [], proofs: [] });
    expect(diff.removed).toEqual({ requirements: [], scenarios: [], proofs: [] });
    expect(diff.changed).toEqual({ requirements: [], scenarios: [], proofs: [] });
  });

  it.each<[string, (referential: Referential) => void, Record<string, unknown>]>([
    [
      'a changed statement is a change of the requirement only',
      (r) => (r.requirements[0].statement = 'Le système charge tout.'),
      { changed: { requirements: ['ANN 1'], scenarios: [], proofs: [] } },
    ],
    [
      'a removed proof is removed at proof level, and its scenario is unchanged',
      (r) => r.requirements[0].scenarios[0].proofs.pop(),
      { removed: { requirements: [], scenarios: [], proofs: ['ANN 1.1.2'] } },
    ],
    [
      'a new scenario adds the scenario and its proofs',
      (r) =>
        r.requirements[0].scenarios.push({
          code: 'ANN 1.3',
          title: 'Nouveau',
          profiles: ['general'],
          declarationRequiredWhenNotApplicable: false,
          proofs: [{ code: 'ANN 1.3.1', title: 'Doc', kinds: ['document'] }],
        }),
      { added: { requirements: [], scenarios: ['ANN 1.3'], proofs: ['ANN 1.3.1'] } },
    ],
    [
      'a proof whose kinds change is changed',
      (r) => (r.requirements[0].scenarios[1].proofs[0].kinds = ['screenshot', 'video']),
      { changed: { requirements: [], scenarios: [], proofs: ['ANN 1.2.1'] } },
    ],
  ])('%s', (_name, edit, expected) => {
    expect(diffReferentials(tree('1.0'), tree('1.1', edit))).toMatchObject(expected);
  });

  it('names the changed fields', () => {
    const diff = diffReferentials(
      tree('1.0'),
      tree('1.1', (r) => {
        r.requirements[0].scenarios[0].title = 'Autre';
        r.requirements[0].scenarios[0].profiles = ['general', 'patient_access'];
      }),
    );
    expect(diff.changes).toEqual([{ level: 'scenarios', code: 'ANN 1.1', fields: ['profiles', 'title'] }]);
  });
});

describe('planMove', () => {
  const to = tree('1.1', (r) => {
    r.requirements[0].scenarios[0].proofs.pop(); // ANN 1.1.2 goes
    r.requirements[0].scenarios.splice(1, 1); // ANN 1.2 goes
    r.requirements[0].scenarios.push({
      code: 'ANN 1.3',
      title: 'Nouveau',
      profiles: ['general'],
      declarationRequiredWhenNotApplicable: false,
      proofs: [{ code: 'ANN 1.3.1', title: 'Doc', kinds: ['document'] }],
    });
    r.profiles.pop();
    r.questions[0].options!.pop(); // patient_access goes
  });

  it('carries what still exists and lists the rest', () => {
    const plan = planMove({
      from: tree('1.0'),
      to,
      evidenceProofs: ['ANN 1.1.1', 'ANN 1.1.2', 'ANN 1.2.1', 'ANN 1.1.1'],
      declaredScenarios: ['ANN 1.2'],
      answers: { profiles: ['general', 'patient_access'] },
    });
    expect(plan.carried).toEqual({ evidence: ['ANN 1.1.1'], declarations: [] });
    expect(plan.needsAttention.map((item) => `${item.kind} ${item.code}`)).toEqual([
      'evidence ANN 1.1.2',
      'evidence ANN 1.2.1',
      'declaration ANN 1.2',
      'answer profiles',
      'new_scenario ANN 1.3',
      'changed_scenario ANN 1.1',
    ]);
    expect(plan.needsAttention.at(-1)!.reason).toContain('preuve(s) retirée(s) : ANN 1.1.2');
    expect(plan.answers).toEqual({ profiles: ['general'] });
  });

  it('flags a kept scenario whose proofs changed, even when its own fields did not', () => {
    const from = tree('1.0');
    const next = tree('1.1', (r) => {
      r.requirements[0].scenarios[0].proofs[0].title = 'Vidéo montrant aussi le paramétrage';
      r.requirements[0].scenarios[1].proofs.push({ code: 'ANN 1.2.9', title: 'Journal', kinds: ['logs'] });
      r.requirements[0].scenarios[1].title = 'Reformulé';
    });
    const plan = planMove({ from, to: next, evidenceProofs: ['ANN 1.1.1'], declaredScenarios: [], answers: {} });
    expect(plan.carried.evidence).toEqual(['ANN 1.1.1']);
    const flagged = plan.needsAttention.filter((item) => item.kind === 'changed_scenario');
    expect(flagged.map((item) => item.code)).toEqual(['ANN 1.1', 'ANN 1.2']);
    expect(flagged[0].reason).toContain('preuve(s) modifiée(s) : ANN 1.1.1');
    expect(flagged[1].reason).toContain('son énoncé ; preuve(s) ajoutée(s) : ANN 1.2.9');
  });

  it('carries everything to an identical version', () => {
    const plan = planMove({
      from: tree('1.0'),
      to: tree('1.0.1'),
      evidenceProofs: ['ANN 1.1.1'],
      declaredScenarios: ['ANN 1.2'],
      answers: { profiles: ['general'] },
    });
    expect(plan).toEqual({
      carried: { evidence: ['ANN 1.1.1'], declarations: ['ANN 1.2'] },
      needsAttention: [],
      answers: { profiles: ['general'] },
    });
  });
});

it.each([
  ['1.2.2', '1.2.10', -1],
  ['1.3', '1.2.9', 1],
  ['1.2', '1.2.0', 0],
])('compareVersions(%s, %s) has the sign of %d', (a, b, sign) => {
  expect(Math.sign(compareVersions(a, b))).toBe(sign);
});
