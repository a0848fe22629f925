import { Column, Entity, Index } from 'typeorm';
import { DossierRow } from './dossier-row.js';
import { Authored, ChildRow } from './row-columns.js';

/**
 * The vendor's working status of a scenario (with its conformity text and, for a waiver, its
 * justification). Append-only, like evidence: each change is a new row, the latest per scenario
 * is in force, and the history stays (a trigger refuses UPDATE and DELETE).
 */
@Entity({ name: 'scenario_assessment' })
@Index('IX_scenario_assessment_dossier', ['dossierId', 'createdAt'])
export class ScenarioAssessmentEntity extends Authored(DossierRow('FK_scenario_assessment_dossier')) {
  @Column({ name: 'scenario_code', type: 'varchar', length: 40 })
  scenarioCode: string;

  @Column({ type: 'integer' })
  round: number;

  @Column({ type: 'varchar', length: 24 })
  status: string;

  @Column({ name: 'reason_code', type: 'varchar', length: 32, nullable: true })
  reasonCode: string | null;

  @Column({ name: 'conformity_text', type: 'text', nullable: true })
  conformityText: string | null;

  @Column({ type: 'text', nullable: true })
  justification: string | null;
}

/** An action of a dossier's remediation plan, as it was planned. Never changed: its state moves by state rows. */
@Entity({ name: 'remediation_action' })
@Index('IX_remediation_action_dossier', ['dossierId', 'createdAt'])
export class RemediationActionEntity extends Authored(DossierRow('FK_remediation_action_dossier')) {
  @Column({ type: 'text' })
  title: string;

  /** Canonical codes of the scenarios the action concerns. */
  @Column({ type: 'jsonb' })
  scenarios: string[];

  /** Estimated effort in person-days. */
  @Column({ type: 'double precision' })
  effort: number;

  @Column({ type: 'text' })
  owner: string;

  /** YYYY-MM-DD. */
  @Column({ name: 'target_date', type: 'date' })
  targetDate: string;
}

/** A state an action moved to (planned → in progress → done, or abandoned). Append-only. */
@Entity({ name: 'remediation_state_change' })
@Index('IX_remediation_state_change_action', ['actionId', 'createdAt'])
export class RemediationStateChangeEntity extends Authored(
  ChildRow('action', () => RemediationActionEntity, 'FK_remediation_state_change_action'),
) {
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 16 })
  state: string;
}
