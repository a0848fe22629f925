import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  canonicalJson,
  isOverdue,
  preparationMissing,
  readinessReport,
  REMEDIATION_STATES,
  validateAssessment,
} from '@preuve/domain';
import {
  DossierContentRepository,
  DossierRepository,
  PreparationRepository,
  VerdictRepository,
  type DossierEntity,
  type RemediationActionRow,
} from '@preuve/persistence';
import { aboutDossier, AuditService } from '../audit/audit.service.js';
import { tenantOf, type Principal, actingUser, actingToken } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { dossierMissing, familyOfRequirement, scenarioRows } from '../dossiers/dossier-view.js';
import { editableOrThrow, scenarioEditableOrThrow } from '../common/dossier/editable.js';
import { ReferentialsService, resolveCode, type CachedReferential } from '../referentials/referentials.service.js';
import type {
  AssessmentRecordDto,
  BlockingItemDto,
  CreateRemediationDto,
  PutAssessmentDto,
  ReadinessDto,
  RemediationDto,
} from './dto/preparation.dto.js';
import { ScenarioWorkingStatusDto } from '../dossiers/dto/working-status.dto.js';
import { blockingItems } from './blocking.js';
import {
  latestAssessments,
  preparationScenarios,
  remediationAction,
  workingStatusView,
} from '../dossiers/preparation-state.js';
import type { Actor } from '../common/access/actor.decorator.js';
import { visibleDossier } from '../common/dossier/visible-dossier.js';

/** Today as YYYY-MM-DD (UTC): target dates are calendar days. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const ASSESSMENT_ERRORS = {
  UNKNOWN_WORKING_STATUS: ErrorCode.UnknownWorkingStatus,
  UNKNOWN_REASON_CODE: ErrorCode.UnknownReasonCode,
  REASON_CODE_REQUIRED: ErrorCode.ReasonCodeRequired,
  INVALID_TEXT: ErrorCode.ValidationFailed,
} as const;

/** Working statuses, conformity texts, justifications and remediation plans of a dossier. */
@Injectable()
export class PreparationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossierRepository,
    private readonly preparation: PreparationRepository,
    private readonly verdicts: VerdictRepository,
    private readonly contents: DossierContentRepository,
    private readonly referentials: ReferentialsService,
    private readonly audit: AuditService,
  ) {}

  private async visible(
    manager: EntityManager,
    principal: Principal,
    id: string,
    lock = false,
  ): Promise<DossierEntity> {
    const dossier = await visibleDossier(this.dossiers, manager, tenantOf(principal), id, { lock });
    return dossier;
  }

  private scenarioCode(referential: CachedReferential, raw: string): string {
    const code = resolveCode(referential, raw);
    if (code === null)
      throw new AppError(ErrorCode.InvalidCode, `« ${raw} » is not a scenario code (e.g. « ANN 3.1 »).`);
    if (!referential.scenarios.has(code))
      throw new AppError(ErrorCode.ScenarioNotFound, `The référentiel of this dossier has no scenario « ${code} ».`);
    return code;
  }

  async putAssessment(
    actor: Actor,
    id: string,
    rawCode: string,
    input: PutAssessmentDto,
  ): Promise<ScenarioWorkingStatusDto> {
    const { principal } = actor;
    const checked = validateAssessment(input);
    if (!checked.value) {
      const [first] = checked.errors;
      throw new AppError(ASSESSMENT_ERRORS[first.code], checked.errors.map((error) => error.message).join(' '), {
        fields: checked.errors.map(({ field, code, message }) => ({ field, code, message })),
      });
    }
    const value = checked.value;
    const code = await this.dataSource.transaction(async (manager) => {
      const dossier = await this.visible(manager, principal, id, true);
      editableOrThrow(dossier);
      const referential = await this.referentials.forDossier(dossier);
      const scenario = this.scenarioCode(referential, rawCode);
      scenarioEditableOrThrow(dossier, await this.verdicts.listForDossier(manager, dossier.id), scenario);
      const history = (await this.preparation.listAssessments(manager, dossier.id)).filter(
        (row) => row.scenarioCode === scenario,
      );
      const previous = history.at(-1);
      const before = previous
        ? {
            status: previous.status,
            reasonCode: previous.reasonCode,
            conformityText: previous.conformityText,
            justification: previous.justification,
          }
        : null;
      if (before && canonicalJson(before) === canonicalJson(value)) return scenario; // nothing changed
      const saved = await this.preparation.appendAssessment(manager, {
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        scenarioCode: scenario,
        round: dossier.round,
        ...value,
        createdBy: actingUser(principal),
        createdByToken: actingToken(principal),
      });
      await this.dossiers.touch(manager, dossier.id);
      await this.audit.record(manager, actor, {
        action: 'preparation.status_set',
        ...aboutDossier(dossier),
        data: {
          assessmentId: saved.id,
          scenario,
          status: value.status,
          reasonCode: value.reasonCode,
          previousStatus: before?.status ?? null,
          conformityText: value.conformityText !== null,
          justification: value.justification !== null,
        },
      });
      return scenario;
    });
    const state = await this.state(principal, id);
    const found = state.scenarios.find((scenario) => scenario.code === code)!;
    return workingStatusView(found, latestAssessments(state.assessments).get(code));
  }

  async history(principal: Principal, id: string): Promise<AssessmentRecordDto[]> {
    const manager = this.dataSource.manager;
    const dossier = await this.visible(manager, principal, id);
    return (await this.preparation.listAssessments(manager, dossier.id)).map((row) => ({
      id: row.id,
      scenario: row.scenarioCode,
      round: row.round,
      status: row.status,
      reasonCode: row.reasonCode,
      conformityText: row.conformityText,
      justification: row.justification,
      createdBy: row.createdBy,
      createdAt: row.createdAt,
    }));
  }

  private remediationDto(row: RemediationActionRow, asOf: string): RemediationDto {
    const action = remediationAction(row);
    return {
      ...action,
      dossierId: row.action.dossierId,
      overdue: isOverdue(action, asOf),
      createdAt: row.action.createdAt,
      stateChangedAt: row.stateChangedAt,
    };
  }

  async createRemediation(actor: Actor, id: string, input: CreateRemediationDto): Promise<RemediationDto> {
    const { principal } = actor;
    if (Number.isNaN(Date.parse(`${input.targetDate}T00:00:00Z`)))
      throw new AppError(ErrorCode.ValidationFailed, `targetDate « ${input.targetDate} » is not a calendar date.`, {
        fields: ['targetDate'],
      });
    const actionId = await this.dataSource.transaction(async (manager) => {
      const dossier = await this.visible(manager, principal, id, true);
      editableOrThrow(dossier);
      const referential = await this.referentials.forDossier(dossier);
      const unknown: string[] = [];
      const scenarios = [
        ...new Set(
          input.scenarios.flatMap((raw) => {
            const code = resolveCode(referential, raw);
            if (code === null || !referential.scenarios.has(code)) {
              unknown.push(raw);
              return [];
            }
            return [code];
          }),
        ),
      ];
      if (unknown.length > 0)
        throw new AppError(
          ErrorCode.ScenarioNotFound,
          `The référentiel of this dossier has no scenario ${unknown.map((raw) => `« ${raw} »`).join(', ')}.`,
          { scenarios: unknown },
        );
      const action = await this.preparation.insertAction(manager, {
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        title: input.title,
        scenarios,
        effort: input.effort,
        owner: input.owner,
        targetDate: input.targetDate,
        createdBy: actingUser(principal),
        createdByToken: actingToken(principal),
      });
      await this.audit.record(manager, actor, {
        action: 'preparation.remediation_added',
        ...aboutDossier(dossier),
        data: { actionId: action.id, title: input.title, scenarios, targetDate: input.targetDate, owner: input.owner },
      });
      return action.id;
    });
    return (await this.listRemediation(principal, id)).find((action) => action.id === actionId)!;
  }

  async listRemediation(principal: Principal, id: string): Promise<RemediationDto[]> {
    const manager = this.dataSource.manager;
    const dossier = await this.visible(manager, principal, id);
    const asOf = today();
    return (await this.preparation.listActions(manager, dossier.id)).map((row) => this.remediationDto(row, asOf));
  }

  async patchRemediation(actor: Actor, actionId: string, state: string): Promise<RemediationDto> {
    const { principal } = actor;
    if (!(REMEDIATION_STATES as readonly string[]).includes(state))
      throw new AppError(
        ErrorCode.UnknownRemediationState,
        `« ${state} » is not a remediation state; expected one of ${REMEDIATION_STATES.join(', ')}.`,
        { field: 'state', value: state },
      );
    const dossierId = await this.dataSource.transaction(async (manager) => {
      const action = await this.preparation.findAction(manager, actionId);
      const dossier = action
        ? await this.dossiers.findById(manager, tenantOf(principal), action.dossierId, { lock: true })
        : null;
      if (!action || !dossier)
        throw new AppError(ErrorCode.RemediationNotFound, `No remediation action « ${actionId} » is visible to you.`);
      const current = (await this.preparation.listActions(manager, dossier.id)).find(
        (row) => row.action.id === action.id,
      );
      if (current?.state === state) return dossier.id;
      await this.preparation.appendState(manager, {
        actionId: action.id,
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        state,
        createdBy: actingUser(principal),
        createdByToken: actingToken(principal),
      });
      await this.audit.record(manager, actor, {
        action: 'preparation.remediation_state_changed',
        ...aboutDossier(dossier),
        data: { actionId: action.id, from: current?.state ?? 'planned', to: state },
      });
      return dossier.id;
    });
    return (await this.listRemediation(principal, dossierId)).find((action) => action.id === actionId)!;
  }

  /** Everything preparation knows of a dossier, read once. */
  async state(principal: Principal, id: string) {
    const manager = this.dataSource.manager;
    const dossier = await this.visible(manager, principal, id);
    const [referential, content, actions] = await Promise.all([
      this.referentials.forDossier(dossier),
      this.contents.load(manager, dossier.id),
      this.preparation.listActions(manager, dossier.id),
    ]);
    const rows = scenarioRows(dossier, referential, content);
    const assessments = content.assessments ?? [];
    const scenarios = preparationScenarios(rows, assessments, familyOfRequirement(referential));
    return { dossier, referential, rows, assessments, scenarios, actions: actions.map(remediationAction) };
  }

  async readiness(principal: Principal, id: string): Promise<ReadinessDto> {
    const { dossier, referential, rows, scenarios, actions } = await this.state(principal, id);
    const asOf = today();
    const report = readinessReport(scenarios, actions, asOf);
    const missing = [
      ...dossierMissing(rows),
      ...preparationMissing(scenarios, actions, {
        conformityTextRequired: referential.referential.conformityTextRequired === true,
      }),
    ];
    const blocking: BlockingItemDto[] = blockingItems(missing, scenarios);
    const titles = new Map(referential.referential.families.map((family) => [family.code, family.title]));
    return {
      dossierId: dossier.id,
      ready: blocking.length === 0,
      byStatus: report.byStatus,
      byFamily: report.byFamily.map((entry) => ({ ...entry, title: titles.get(entry.family) ?? entry.family })),
      blocking,
      overdue: report.overdue,
      unsettled: report.unsettled,
      openEffort: report.openEffort,
      asOf,
    };
  }
}
