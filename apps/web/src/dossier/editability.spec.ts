import { describe, expect, it } from '@jest/globals';
import { dossierEditable, scenarioOpen, underChangeRequest } from './editability';

type Status = Parameters<typeof dossierEditable>[0]['status'];
type Verdict = Parameters<typeof scenarioOpen>[1]['verdict'];

describe('what the vendor may change', () => {
  it.each<[Status, boolean]>([
    ['draft', true],
    ['submitted', false],
    ['in_review', false],
    ['changes_requested', true],
    ['approved', false],
    ['rejected', false],
  ])('a dossier %s is editable: %s', (status, editable) => {
    expect(dossierEditable({ status, round: 1 })).toBe(editable);
  });

  it.each<[number, Status, Verdict, boolean]>([
    [1, 'draft', null, true],
    [2, 'changes_requested', 'changes_requested', true],
    [2, 'changes_requested', 'rejected', true],
    [2, 'changes_requested', 'accepted', false],
    [2, 'changes_requested', null, false],
    [2, 'in_review', 'changes_requested', false],
  ])('round %i, dossier %s, verdict %s: scenario open %s', (round, status, verdict, open) => {
    expect(scenarioOpen({ status, round }, { verdict })).toBe(open);
  });

  it('counts changes requested and refusals as change requests', () => {
    expect(
      [null, 'accepted', 'changes_requested', 'rejected'].map((verdict) =>
        underChangeRequest({ verdict: verdict as Verdict }),
      ),
    ).toEqual([false, false, true, true]);
  });
});
