import { type Profile, type Referential, type Requirement, type Scenario } from '@preuve/domain';
import { normalizeHeader, type ColumnKey } from './grid-headers.js';
import { gridCodesFor } from './grid-codes.js';
import { GridInvalidError, gridProblem, type GridTable } from './grid-table.js';
import type { GridProblemCode, ProblemParams } from './grid-problem-codes.js';
import { checkHeader } from './grid-header-check.js';
import { buildReferential } from './grid-build.js';
import {
  FAMILY_TITLES,
  NATURE_BY_TEXT,
  profileCodeOf,
  proofKindsOf,
  shortTitle,
  type GridMeta,
  type ImportReport,
} from './grid-terms.js';

interface RequirementDraft {
  requirement: Requirement;
  row: number;
  statementRow: number | null;
}

/**
 * Turns a read grid into a référentiel tree, strict about content: every problem of every row is
 * collected, and any problem refuses the whole grid (GridInvalidError). Applicability comes later,
 * from an overlay; here every scenario applies to the profiles its row names.
 */
export function referentialFromGrid(
  table: GridTable,
  meta: GridMeta,
): { referential: Referential; report: ImportReport } {
  const { header, problems, warnings, nameOf } = checkHeader(table);

  // DMN codes have one shape; Ségur REMs write theirs their own way (`INS/va1.53`, `DB.SO.106`).
  const codes = gridCodesFor(meta.programme);
  const codeKey_ = codes.key;
  const requirements = new Map<string, RequirementDraft>();
  const scenarioRows = new Map<string, number>();
  const proofRows = new Map<string, number>();
  const profiles = new Map<string, Profile>();
  let dataRows = 0;
  let proofCount = 0;

  for (const { row, cells } of table.rows) {
    if (row <= header.row) continue;
    if (cells.every((cell) => cell === '')) continue;
    dataRows += 1;
    const get = (key: ColumnKey): string => {
      const index = header.columns[key];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const problem = (key: ColumnKey, code: GridProblemCode, params: ProblemParams = {}): void => {
      // A missing column is named once, on the header row, not again on every row.
      if (header.columns[key] !== undefined) problems.push(gridProblem(row, nameOf(key), { code, params }));
    };
    const code = (key: ColumnKey, level: 'requirement' | 'scenario' | 'proof', k?: number): string | null => {
      const raw = get(key);
      if (raw === '') {
        problem(key, 'GRID_CODE_EMPTY', k === undefined ? { level } : { level, k });
        return null;
      }
      const read = codes.read(raw, level);
      if ('problem' in read) {
        problem(key, read.problem.code, read.problem.params);
        return null;
      }
      return read.code;
    };
    const under = codes.under;

    const writtenRequirement = code('requirementCode', 'requirement');
    // Rows of one requirement may spell its code differently; the first row's spelling is kept.
    const requirementCode = writtenRequirement
      ? (requirements.get(codeKey_(writtenRequirement))?.requirement.code ?? writtenRequirement)
      : null;
    const hasScenarioCode = get('scenarioCode') !== '';
    let scenarioCode = hasScenarioCode ? code('scenarioCode', 'scenario') : null;
    if (!hasScenarioCode) problem('scenarioCode', 'GRID_SCENARIO_CODE_EMPTY');
    if (requirementCode && scenarioCode) {
      const placed = under(scenarioCode, requirementCode);
      if (placed === null)
        problem('scenarioCode', 'GRID_SCENARIO_OUTSIDE_REQUIREMENT', {
          scenario: scenarioCode,
          requirement: requirementCode,
        });
      scenarioCode = placed;
    }

    const statement = get('statement');
    const natureText = get('nature');
    const nature = NATURE_BY_TEXT[normalizeHeader(natureText)];
    if (natureText === '') problem('nature', 'GRID_NATURE_EMPTY');
    else if (!nature) problem('nature', 'GRID_NATURE_UNKNOWN', { nature: natureText });
    const scenarioText = get('scenario');
    if (scenarioText === '') problem('scenario', 'GRID_SCENARIO_TEXT_EMPTY');
    const profileLabels = get('profile')
      .split(/[,;\n|]+/)
      .map((label) => label.trim())
      .filter((label) => label !== '');
    if (profileLabels.length === 0) problem('profile', 'GRID_PROFILE_EMPTY');

    if (scenarioCode) {
      const seen = scenarioRows.get(codeKey_(scenarioCode));
      if (seen !== undefined)
        problem('scenarioCode', 'GRID_SCENARIO_CODE_DUPLICATE', { code: scenarioCode, row: seen });
      else scenarioRows.set(codeKey_(scenarioCode), row);
    }

    const proofs: Scenario['proofs'] = [];
    for (let k = 1; k <= 3; k++) {
      const codeKey = `proofCode${k}` as ColumnKey;
      const textKey = `proof${k}` as ColumnKey;
      const rawCode = get(codeKey);
      const text = get(textKey);
      if (rawCode === '' && text === '') continue;
      if (rawCode === '') {
        problem(codeKey, 'GRID_PROOF_CODE_MISSING', { k });
        continue;
      }
      if (text === '') problem(textKey, 'GRID_PROOF_TEXT_EMPTY', { code: rawCode });
      let proofCode = code(codeKey, 'proof', k);
      if (!proofCode) continue;
      if (!hasScenarioCode) problem(codeKey, 'GRID_PROOF_WITHOUT_SCENARIO', { code: proofCode });
      else if (scenarioCode) {
        const placed = under(proofCode, scenarioCode);
        if (placed === null)
          problem(codeKey, 'GRID_PROOF_OUTSIDE_SCENARIO', { proof: proofCode, scenario: scenarioCode });
        else proofCode = placed;
      }
      const seen = proofRows.get(codeKey_(proofCode));
      if (seen !== undefined) problem(codeKey, 'GRID_PROOF_CODE_DUPLICATE', { code: proofCode, row: seen });
      else proofRows.set(codeKey_(proofCode), row);
      if (text !== '') proofs.push({ code: proofCode, title: text, kinds: proofKindsOf(text) });
    }
    if (proofs.length === 0 && hasScenarioCode && get('proofCode1') === '' && get('proof1') === '')
      problem('proofCode1', 'GRID_SCENARIO_WITHOUT_PROOF', { scenario: get('scenarioCode') });

    if (!requirementCode || !scenarioCode || !nature) {
      if (statement === '' && requirementCode && !requirements.get(codeKey_(requirementCode))?.requirement.statement)
        problem('statement', 'GRID_STATEMENT_EMPTY');
      continue;
    }
    let draft = requirements.get(codeKey_(requirementCode));
    const section = get('section');
    if (!draft) {
      const family = codes.familyOf(requirementCode);
      draft = {
        row,
        statementRow: statement === '' ? null : row,
        requirement: {
          code: requirementCode,
          family,
          section: section || FAMILY_TITLES[family] || family,
          title: get('function') || (statement === '' ? requirementCode : shortTitle(statement)),
          statement,
          nature,
          scenarios: [],
        },
      };
      requirements.set(codeKey_(requirementCode), draft);
    } else {
      const requirement = draft.requirement;
      if (statement !== '') {
        if (requirement.statement === '') {
          requirement.statement = statement;
          draft.statementRow = row;
          if (requirement.title === requirement.code) requirement.title = get('function') || shortTitle(statement);
        } else if (requirement.statement !== statement)
          problem('statement', 'GRID_STATEMENT_CONFLICT', {
            requirement: requirementCode,
            row: draft.statementRow ?? '',
          });
      }
      if (requirement.nature !== nature)
        problem('nature', 'GRID_NATURE_CONFLICT', {
          nature,
          other: requirement.nature,
          row: draft.row,
          requirement: requirementCode,
        });
    }
    const profileCodes: string[] = [];
    for (const label of profileLabels) {
      const profileCode = profileCodeOf(label);
      if (!profiles.has(profileCode)) profiles.set(profileCode, { code: profileCode, label });
      if (!profileCodes.includes(profileCode)) profileCodes.push(profileCode);
    }
    if (
      scenarioRows.get(codeKey_(scenarioCode)) === row &&
      scenarioText !== '' &&
      proofs.length > 0 &&
      profileCodes.length > 0
    )
      draft.requirement.scenarios.push({
        code: scenarioCode,
        title: shortTitle(scenarioText),
        ...(scenarioText.length > 90 ? { description: scenarioText } : {}),
        profiles: profileCodes,
        declarationRequiredWhenNotApplicable: false,
        proofs,
      });
    proofCount += proofs.length;
  }
  for (const draft of requirements.values()) {
    if (draft.requirement.statement === '')
      problems.push(
        gridProblem(draft.row, nameOf('statement'), {
          code: 'GRID_REQUIREMENT_STATEMENT_EMPTY',
          params: { requirement: draft.requirement.code },
        }),
      );
  }
  if (dataRows === 0) problems.push(gridProblem(header.row, '-', { code: 'GRID_NO_ROW', params: {} }));
  if (problems.length > 0) throw new GridInvalidError(problems.sort((a, b) => a.row - b.row));

  return buildReferential(table, meta, {
    requirements: [...requirements.values()].map((draft) => draft.requirement),
    profiles: [...profiles.values()],
    dataRows,
    proofCount,
    warnings,
  });
}
