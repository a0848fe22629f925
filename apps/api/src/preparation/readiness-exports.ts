import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import {
  PENDING_REASON_LABELS,
  REMEDIATION_STATE_LABELS,
  WORKING_STATUS_LABELS,
  WORKING_STATUSES,
  type PendingReasonCode,
  type RemediationState,
  type WorkingStatus,
} from '@preuve/domain';
import type { Principal } from '../common/access/principal.js';
import { PDF_BOLD, PDF_REGULAR, newPdfDocument, pdfBytes, printable } from '../common/pdf/pdf-fonts.js';
import type { ReadinessDto, RemediationDto } from './dto/preparation.dto.js';
import { PreparationService } from './preparation.service.js';

const STATUS_COLUMNS = [...WORKING_STATUSES, 'unset'] as const;
const statusLabel = (status: string | null): string =>
  status === null || status === 'unset' ? 'Sans statut' : (WORKING_STATUS_LABELS[status as WorkingStatus] ?? status);

interface ScenarioLine {
  code: string;
  title: string;
  family: string;
  applicable: boolean;
  status: string | null;
  reasonCode: string | null;
  conformityText: string | null;
  justification: string | null;
  suggestion: string | null;
}

/** The readiness report as a PDF and as a workbook (same figures as GET /dossiers/{id}/readiness). */
@Injectable()
export class ReadinessExports {
  constructor(private readonly preparation: PreparationService) {}

  private async gather(principal: Principal, id: string) {
    const [readiness, actions, state] = await Promise.all([
      this.preparation.readiness(principal, id),
      this.preparation.listRemediation(principal, id),
      this.preparation.state(principal, id),
    ]);
    const { referential, scenarios } = state;
    const lines: ScenarioLine[] = scenarios.map((scenario) => ({
      code: scenario.code,
      title: referential.scenarios.get(scenario.code)?.scenario.title ?? scenario.code,
      family: scenario.family,
      applicable: scenario.applicable,
      status: scenario.assessment?.status ?? (scenario.applicable ? null : 'non_applicable'),
      reasonCode: scenario.assessment?.reasonCode ?? null,
      conformityText: scenario.assessment?.conformityText ?? null,
      justification: scenario.assessment?.justification ?? null,
      suggestion: null,
    }));
    const title = `${referential.referential.code} ${referential.referential.version}`;
    return { readiness, actions, lines, title };
  }

  async xlsx(principal: Principal, id: string): Promise<Buffer> {
    const { readiness, actions, lines, title } = await this.gather(principal, id);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Preuve';
    const summary = workbook.addWorksheet('Synthèse');
    summary.addRow([`Préparation du dossier ${id} — ${title}`]).font = { bold: true };
    summary.addRow([`État au ${readiness.asOf}`, readiness.ready ? 'Prêt à déposer' : 'Non prêt']);
    summary.addRow([]);
    summary.addRow(['Famille', ...STATUS_COLUMNS.map(statusLabel)]).font = { bold: true };
    for (const family of readiness.byFamily)
      summary.addRow([
        `${family.family} — ${family.title}`,
        ...STATUS_COLUMNS.map((status) => family.byStatus[status]),
      ]);
    summary.addRow(['Total', ...STATUS_COLUMNS.map((status) => readiness.byStatus[status])]).font = { bold: true };
    summary.getColumn(1).width = 48;

    const scenarios = workbook.addWorksheet('Scénarios', { views: [{ state: 'frozen', ySplit: 1 }] });
    scenarios.addRow([
      'Scénario',
      'Intitulé',
      'Famille',
      'Applicable',
      'Statut',
      'Motif',
      'Texte de conformité',
      'Justification',
    ]).font = {
      bold: true,
    };
    for (const line of lines)
      scenarios.addRow([
        line.code,
        line.title,
        line.family,
        line.applicable ? 'Oui' : 'Non',
        statusLabel(line.status),
        line.reasonCode ? (PENDING_REASON_LABELS[line.reasonCode as PendingReasonCode] ?? line.reasonCode) : '',
        line.conformityText ?? '',
        line.justification ?? '',
      ]);
    scenarios.getColumn(2).width = 50;
    scenarios.getColumn(7).width = 60;
    scenarios.getColumn(8).width = 60;

    const blocking = workbook.addWorksheet('Bloquants');
    blocking.addRow(['Scénario', 'Manque', 'Que faire']).font = { bold: true };
    for (const item of readiness.blocking) blocking.addRow([item.scenario, item.proof ?? item.kind, item.message]);
    blocking.getColumn(3).width = 70;

    const plan = workbook.addWorksheet('Plan de remédiation');
    plan.addRow(['Action', 'Scénarios', 'Effort (j)', 'Responsable', 'Échéance', 'État', 'En retard']).font = {
      bold: true,
    };
    for (const action of actions)
      plan.addRow([
        action.title,
        action.scenarios.join(', '),
        action.effort,
        action.owner,
        action.targetDate,
        REMEDIATION_STATE_LABELS[action.state as RemediationState] ?? action.state,
        action.overdue ? 'Oui' : 'Non',
      ]);
    plan.getColumn(1).width = 50;
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  async pdf(principal: Principal, id: string): Promise<Buffer> {
    const { readiness, actions, lines, title } = await this.gather(principal, id);
    const doc = newPdfDocument({
      size: 'A4',
      margins: { top: 48, bottom: 48, left: 48, right: 48 },
      lang: 'fr-FR',
      displayTitle: true,
      info: { Title: printable(`Préparation — ${title}`), Creator: 'Preuve', Producer: 'Preuve' },
    });
    return pdfBytes(doc, (doc) => writeReport(doc, { id, title, readiness, actions, lines }));
  }
}

function writeReport(
  doc: PDFKit.PDFDocument,
  d: { id: string; title: string; readiness: ReadinessDto; actions: RemediationDto[]; lines: ScenarioLine[] },
): void {
  const width = doc.page.width - 96;
  const heading = (text: string): void => {
    doc.moveDown(0.8).font(PDF_BOLD).fontSize(13).text(printable(text), { width });
    doc.moveDown(0.3).font(PDF_REGULAR).fontSize(10);
  };
  const para = (text: string): void => {
    doc.font(PDF_REGULAR).fontSize(10).text(printable(text), { width });
  };
  doc.font(PDF_BOLD).fontSize(17).text('Rapport de préparation', { width });
  para(`Dossier ${d.id} — référentiel ${d.title} — état au ${d.readiness.asOf}`);
  para(d.readiness.ready ? 'Rien ne bloque le dépôt.' : `${d.readiness.blocking.length} point(s) bloquent le dépôt.`);

  heading('Répartition des statuts');
  for (const status of STATUS_COLUMNS) para(`${statusLabel(status)} : ${d.readiness.byStatus[status]}`);
  heading('Par famille');
  for (const family of d.readiness.byFamily) {
    const parts = STATUS_COLUMNS.filter((status) => family.byStatus[status] > 0).map(
      (status) => `${statusLabel(status)} ${family.byStatus[status]}`,
    );
    para(`${family.family} — ${family.title} : ${parts.join(', ')}`);
  }
  heading('Ce qui bloque le dépôt');
  if (d.readiness.blocking.length === 0) para('Rien.');
  for (const item of d.readiness.blocking) para(`• ${item.scenario} : ${item.message}`);
  heading('Actions en retard');
  if (d.readiness.overdue.length === 0) para('Aucune.');
  for (const action of d.readiness.overdue)
    para(`• ${action.title} (${action.owner}, échéance ${action.targetDate}, ${action.daysLate} j de retard)`);
  heading('Plan de remédiation');
  if (d.actions.length === 0) para('Aucune action.');
  for (const action of d.actions)
    para(
      `• ${action.title} — ${action.scenarios.join(', ')} — ${action.effort} j — ${action.owner} — ` +
        `${action.targetDate} — ${REMEDIATION_STATE_LABELS[action.state as RemediationState] ?? action.state}`,
    );
  heading('Scénarios');
  for (const line of d.lines) {
    doc
      .font(PDF_BOLD)
      .fontSize(10)
      .text(printable(`${line.code} — ${statusLabel(line.status)}`), { width });
    doc.font(PDF_REGULAR).fontSize(9).text(printable(line.title), { width });
    if (line.conformityText) doc.text(printable(`Conformité : ${line.conformityText}`), { width });
    if (line.justification) doc.text(printable(`Justification : ${line.justification}`), { width });
  }
}
