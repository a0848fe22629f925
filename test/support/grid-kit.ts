import { SAMPLE_GRID_HEADER } from '@preuve/referentials';
import { bearer } from './actors.js';
import type { TestApp } from './test-app.js';

/** The référentiel tree as GET /referentials/{id} sends it (what the grid kit needs of it). */
export interface Tree {
  profiles: { code: string; label: string }[];
  questions: unknown[];
  requirements: {
    code: string;
    section: string;
    statement: string;
    nature: string;
    scenarios: {
      code: string;
      title: string;
      profiles: string[];
      conditions?: unknown[];
      declarationRequiredWhenNotApplicable: boolean;
      proofs: { code: string; title: string; requiredWhen?: unknown; requiredReason?: string }[];
    }[];
  }[];
}

export async function treeOf(app: TestApp, token: string, id: string): Promise<Tree> {
  return (await app.http().get(`/api/v1/referentials/${id}`).set(bearer(token)).expect(200)).body as Tree;
}

/** The grid of a tree: one row per scenario, its first three proofs. */
export function gridRowsOf(tree: Tree): string[][] {
  const labels = new Map(tree.profiles.map((profile) => [profile.code, profile.label]));
  const rows = [SAMPLE_GRID_HEADER];
  for (const requirement of tree.requirements) {
    for (const scenario of requirement.scenarios) {
      const row = [
        scenario.profiles.map((code) => labels.get(code)!).join(', '),
        requirement.section,
        requirement.nature,
        requirement.code,
        requirement.statement,
        scenario.code,
        scenario.title,
      ];
      for (let index = 0; index < 3; index++) {
        const proof = scenario.proofs[index];
        row.push(proof?.code ?? '', proof?.title ?? '');
      }
      row.push('Oui');
      rows.push(row);
    }
  }
  return rows;
}

/** The tree's questionnaire and applicability rules as an overlay for a grid made of it (JSON is YAML). */
export function overlayOf(tree: Tree, rows: string[][]): string {
  const inGrid = new Set(rows.flatMap((row) => [row[5], row[7], row[9], row[11]]));
  const scenarios: Record<string, unknown> = {};
  const proofs: Record<string, unknown> = {};
  for (const scenario of tree.requirements.flatMap((requirement) => requirement.scenarios)) {
    if (!inGrid.has(scenario.code)) continue;
    if (scenario.conditions)
      scenarios[scenario.code] = {
        conditions: scenario.conditions,
        declarationRequiredWhenNotApplicable: scenario.declarationRequiredWhenNotApplicable,
      };
    for (const proof of scenario.proofs) {
      if (inGrid.has(proof.code) && proof.requiredWhen !== undefined)
        proofs[proof.code] = { requiredWhen: proof.requiredWhen, requiredReason: proof.requiredReason };
    }
  }
  return JSON.stringify({ questions: tree.questions, scenarios, proofs }, null, 1);
}
