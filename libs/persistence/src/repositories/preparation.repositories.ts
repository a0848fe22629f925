import type { EntityManager } from 'typeorm';
import {
  RemediationActionEntity,
  RemediationStateChangeEntity,
  ScenarioAssessmentEntity,
} from '../entities/preparation.entities.js';
import { isUuid } from './uuid.js';
import { insertRow, oldestFirst } from './entity-rows.js';

export type NewScenarioAssessment = Omit<ScenarioAssessmentEntity, 'id' | 'createdAt' | 'dossier'>;
export type NewRemediationAction = Omit<RemediationActionEntity, 'id' | 'createdAt' | 'dossier'>;

/** A remediation action with the state it is in now (its latest state row, else `planned`). */
export interface RemediationActionRow {
  action: RemediationActionEntity;
  state: string;
  stateChangedAt: Date;
}

/** Working statuses and remediation plans of dossiers: appends and reads, nothing else. */
export class PreparationRepository {
  async appendAssessment(manager: EntityManager, row: NewScenarioAssessment): Promise<ScenarioAssessmentEntity> {
    return insertRow(manager, ScenarioAssessmentEntity, row);
  }

  /** Every working status recorded on the dossier, oldest first (the latest per scenario is in force). */
  async listAssessments(manager: EntityManager, dossierId: string): Promise<ScenarioAssessmentEntity[]> {
    return oldestFirst(manager, ScenarioAssessmentEntity, { dossierId });
  }

  async insertAction(manager: EntityManager, row: NewRemediationAction): Promise<RemediationActionEntity> {
    return insertRow(manager, RemediationActionEntity, row);
  }

  async appendState(
    manager: EntityManager,
    row: Omit<RemediationStateChangeEntity, 'id' | 'createdAt' | 'action'>,
  ): Promise<RemediationStateChangeEntity> {
    return insertRow(manager, RemediationStateChangeEntity, row);
  }

  /** The action (any dossier); the caller checks the dossier is visible. */
  async findAction(manager: EntityManager, id: string): Promise<RemediationActionEntity | null> {
    if (!isUuid(id)) return null;
    return manager.getRepository(RemediationActionEntity).findOneBy({ id });
  }

  /** The dossier's actions, oldest first, each with its current state. */
  async listActions(manager: EntityManager, dossierId: string): Promise<RemediationActionRow[]> {
    const [actions, states] = await Promise.all([
      oldestFirst(manager, RemediationActionEntity, { dossierId }),
      oldestFirst(manager, RemediationStateChangeEntity, { dossierId }),
    ]);
    const latest = new Map(states.map((change) => [change.actionId, change]));
    return actions.map((action) => {
      const change = latest.get(action.id);
      return { action, state: change?.state ?? 'planned', stateChangedAt: change?.createdAt ?? action.createdAt };
    });
  }
}
