import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { TenantScope } from '@preuve/domain';
import { DossierContentRepository, DossierRepository, ProductRepository } from '@preuve/persistence';
import { scenarioRows } from '../dossiers/dossier-view.js';
import { ReferentialsService } from '../referentials/referentials.service.js';
import { visibleDossier } from '../common/dossier/visible-dossier.js';

/** The grid's own columns, spelt as the ANS grid spells them (and as the grid import reads them). */
const REFERENTIAL_HEADERS = ['Profil', 'Section', 'N° exigence', 'Énoncé', 'Nature', 'N° scénario', 'Scénario'];
/** The vendor's columns, filled from the dossier. */
const VENDOR_HEADERS = ['Applicable ?', 'Statut', 'Avis ANS', 'Justification'];
/** The grid has three proof slots; a scenario with more gets more. */
const MIN_PROOF_SLOTS = 3;

const VERDICT_LABELS: Record<string, string> = {
  accepted: 'Accepté',
  changes_requested: 'Compléments demandés',
  rejected: 'Refusé',
};

export type GridFormat = 'xlsx' | 'csv';

export interface GridExport {
  fileName: string;
  content: Buffer;
}

/**
 * A CSV cell: quoted when it holds the delimiter, a quote or a line break; text a spreadsheet would
 * run as a formula (`=`, `+`, `-`, `@` first) is kept as text by a leading apostrophe.
 */
function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark and semicolons, as a French spreadsheet opens it directly. */
export function gridCsv(rows: (string | number)[][]): Buffer {
  const text = rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/**
 * A dossier as the ANS « Exigences » grid, one row per scenario, with the vendor's columns
 * filled: whether it applies, its status (or the reviewer's verdict), the justification (the
 * sworn declaration's, else why it applies or not), and for each proof the file last uploaded
 * with its SHA-256, ready to carry into Convergence.
 */
@Injectable()
export class GridExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossierRepository,
    private readonly contents: DossierContentRepository,
    private readonly products: ProductRepository,
    private readonly referentials: ReferentialsService,
  ) {}

  async export(scope: TenantScope, dossierId: string, format: GridFormat = 'xlsx'): Promise<GridExport> {
    const manager = this.dataSource.manager;
    const dossier = await visibleDossier(this.dossiers, manager, scope, dossierId);
    const [cached, content, product] = await Promise.all([
      this.referentials.get(dossier.referentialId),
      this.contents.load(manager, dossier.id),
      this.products.findById(manager, scope, dossier.productId),
    ]);
    const { referential } = cached;
    const rows = new Map(scenarioRows(dossier, cached, content).map((row) => [row.code, row]));
    const profileLabels = new Map(referential.profiles.map((profile) => [profile.code, profile.label]));
    const slots = Math.max(
      MIN_PROOF_SLOTS,
      ...referential.requirements.flatMap((requirement) =>
        requirement.scenarios.map((scenario) => scenario.proofs.length),
      ),
    );

    const proofHeaders = Array.from({ length: slots }, (_, index) => [
      `N° preuve ${index + 1}`,
      `Preuve ${index + 1}`,
    ]).flat();
    const fileHeaders = Array.from({ length: slots }, (_, index) => `Fichiers preuve ${index + 1} (SHA-256)`);
    const headers = [...REFERENTIAL_HEADERS, ...proofHeaders, ...VENDOR_HEADERS, ...fileHeaders];
    const lines: string[][] = [];
    for (const requirement of referential.requirements) {
      for (const scenario of requirement.scenarios) {
        const row = rows.get(scenario.code);
        const applicable = row?.applicable ?? false;
        const status = !row
          ? ''
          : applicable
            ? row.completeness.satisfied
              ? 'Preuves déposées'
              : 'Preuves manquantes'
            : row.declaration
              ? 'Non applicable (déclaration signée)'
              : row.scenario.declarationRequired
                ? 'Non applicable (déclaration à signer)'
                : 'Non applicable';
        const justification = row?.declaration?.justification ?? row?.scenario.reasons.join(' ') ?? '';
        const proofCells = Array.from({ length: slots }, (_, index) => {
          const proof = scenario.proofs[index];
          return proof ? [proof.code, proof.title] : ['', ''];
        }).flat();
        const fileCells = Array.from({ length: slots }, (_, index) => {
          const proof = scenario.proofs[index];
          const latest = proof ? row?.evidence.get(proof.code)?.at(-1) : undefined;
          return latest ? `${latest.fileName} (v${latest.version}, SHA-256 ${latest.sha256})` : '';
        });
        lines.push([
          scenario.profiles.map((code) => profileLabels.get(code) ?? code).join(', '),
          requirement.section,
          requirement.code,
          requirement.statement,
          requirement.nature,
          scenario.code,
          scenario.title,
          ...proofCells,
          applicable ? 'Oui' : 'Non',
          status,
          row?.verdict ? (VERDICT_LABELS[row.verdict.verdict] ?? row.verdict.verdict) : '',
          justification,
          ...fileCells,
        ]);
      }
    }
    const label = `${product?.name ?? 'dossier'}-${product?.version ?? ''}`.replace(/[^\w.-]+/g, '-');
    if (format === 'csv') return { fileName: `grille-${label}.csv`, content: gridCsv([headers, ...lines]) };

    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Preuve';
    workbook.created = dossier.updatedAt;
    workbook.modified = dossier.updatedAt;
    const sheet = workbook.addWorksheet('Exigences', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(headers);
    sheet.getRow(1).font = { bold: true };
    sheet.addRows(lines);
    sheet.columns.forEach((column, index) => {
      const header = headers[index] ?? '';
      column.width = /Énoncé|Scénario$|^Preuve|Justification|Fichiers/.test(header) ? 50 : 16;
      column.alignment = { vertical: 'top', wrapText: true };
    });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };

    const about = workbook.addWorksheet('Dossier');
    about.addRows([
      ['Produit', product ? `${product.name} ${product.version}` : dossier.productId],
      ['Référentiel', `${referential.code} ${referential.version}`],
      ['Dossier', dossier.id],
      ['Statut', dossier.status],
      ['Tour', dossier.round],
      ['Exporté de Preuve le', new Date().toISOString()],
    ]);
    about.getColumn(1).width = 24;
    about.getColumn(2).width = 60;

    return { fileName: `grille-${label}.xlsx`, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
  }
}
