import { type Profile, type Referential, type Requirement } from '@preuve/domain';
import { type GridTable } from './grid-table.js';
import { gridWarning, type GridWarning } from './grid-problem-codes.js';
import { FAMILY_TITLES, profilesQuestion, type GridMeta, type ImportReport } from './grid-terms.js';

/** What the row reading gathered from a grid that had no problem. */
export interface ReadGrid {
  requirements: Requirement[];
  profiles: Profile[];
  dataRows: number;
  proofCount: number;
  warnings: GridWarning[];
}

/**
 * A report as stored: one stored before its warnings had codes has them read back from its texts
 * (the two kinds of warning there have ever been).
 */
export function storedImportReport(report: ImportReport): ImportReport {
  if (Array.isArray(report.codedWarnings)) return report;
  const codedWarnings = report.warnings.map((text) => {
    const ignored = /^Columns ignored: (.*)\.$/.exec(text);
    return ignored
      ? gridWarning('GRID_COLUMNS_IGNORED', { columns: ignored[1] })
      : gridWarning('GRID_NO_SECTION_COLUMN');
  });
  return { ...report, codedWarnings };
}

/** Builds the référentiel tree and the import report from checked rows. */
export function buildReferential(
  table: GridTable,
  meta: GridMeta,
  read: ReadGrid,
): { referential: Referential; report: ImportReport } {
  const { requirements: requirementList, profiles: profileList, dataRows, proofCount, warnings } = read;
  const familyCodes = [...new Set(requirementList.map((requirement) => requirement.family))];
  const referential: Referential = {
    programme: meta.programme,
    code: meta.code,
    version: meta.version,
    title: meta.title,
    ...(meta.couloir ? { couloir: meta.couloir } : {}),
    ...(meta.dispositif ? { dispositif: meta.dispositif } : {}),
    ...(meta.vague ? { vague: meta.vague } : {}),
    notice: `Importé de la grille « ${meta.source} ».`,
    families: familyCodes.map((code) => ({ code, title: FAMILY_TITLES[code] ?? code })),
    profiles: profileList,
    questions: [profilesQuestion(profileList)],
    requirements: requirementList,
  };
  const scenarioCount = requirementList.reduce((sum, requirement) => sum + requirement.scenarios.length, 0);
  return {
    referential,
    report: {
      format: table.format,
      ...(table.encoding ? { encoding: table.encoding } : {}),
      ...(table.delimiter ? { delimiter: table.delimiter } : {}),
      ...(table.sheet ? { sheet: table.sheet } : {}),
      rows: dataRows,
      requirements: requirementList.length,
      scenarios: scenarioCount,
      proofs: proofCount,
      profiles: profileList.map((profile) => profile.code),
      warnings: warnings.map((warning) => warning.message),
      codedWarnings: warnings,
    },
  };
}
