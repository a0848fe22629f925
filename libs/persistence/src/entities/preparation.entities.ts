import { Column, Entity, Index } from 'typeorm';
import { DossierRow } from './dossier-row.js';
import { Authored, ChildRow } from './row-columns.js';
import { Col } from './columns.js';

/**
 * The vendor's working status of a scenario (with its conformity text and, for a waiver, its
 * justification). Append-only, like evidence: each change is a new row, the latest per scenario
 * is in force, and the history stays (a trigger refuses UPDATE and DELETE).
 */
@Entity({ name: 'scenario_assessment' })
@Index('IX_scenario_assessment_dossier', ['dossierId', 'createdAt'])
export class ScenarioAssessmentEntity extends Authored(DossierRow('FK_scenario_assessment_dossier')) {
  @Col.Varchar(40, 'scenario_code')
  scenarioCode: string;

  @Col.Integer()
  round: number;

  @Col.Varchar(24)
  status: string;

  @Col.Varchar(32, 'reason_code', { nullable: true })
  reasonCode: string | null;

  @Col.NullableText('conformity_text')
  conformityText: string | null;

  @Col.NullableText()
  justification: string | null;
}

/** An action of a dossier's remediation plan, as it was planned. Never changed: its state moves by state rows. */
@Entity({ name: 'remediation_action' })
@Index('IX_remediation_action_dossier', ['dossierId', 'createdAt'])
export class RemediationActionEntity extends Authored(DossierRow('FK_remediation_action_dossier')) {
  @Col.Text()
  title: string;

  /** Canonical codes of the scenarios the action concerns. */
  @Col.Jsonb()
  scenarios: string[];

  /** Estimated effort in person-days. */
  @Column({ type: 'double precision' })
  effort: number;

  @Col.Text()
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
  @Col.Uuid('dossier_id')
  dossierId: string;

  @Col.Uuid('organization_id')
  organizationId: string;

  @Col.Varchar(16)
  state: string;
}
