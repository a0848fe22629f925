import { Column, Entity, Index } from 'typeorm';
import { DossierRow } from './dossier-row.js';

/**
 * A sworn declaration that a scenario does not apply. Never edited (a trigger refuses UPDATE and
 * DELETE): a new declaration for the same scenario supersedes the previous one, and both stay.
 */
@Entity({ name: 'declaration' })
@Index('IX_declaration_dossier_scenario', ['dossierId', 'scenarioCode', 'signedAt'])
export class DeclarationEntity extends DossierRow('FK_declaration_dossier') {
  @Column({ name: 'scenario_code', type: 'varchar', length: 40 })
  scenarioCode: string;

  @Column({ type: 'integer' })
  round: number;

  @Column({ name: 'declarant_name', type: 'text' })
  declarantName: string;

  @Column({ name: 'declarant_role', type: 'varchar', length: 32 })
  declarantRole: string;

  @Column({ type: 'text' })
  justification: string;

  @Column({ name: 'statement_version', type: 'varchar', length: 32 })
  statementVersion: string;

  /** The full statement the declarant accepted, as shown. */
  @Column({ name: 'statement_text', type: 'text' })
  statementText: string;

  @Column({ name: 'signed_at', type: 'timestamptz', precision: 3 })
  signedAt: Date;

  @Column({ name: 'signed_by', type: 'uuid', nullable: true })
  signedBy: string | null;

  @Column({ name: 'signed_by_token', type: 'uuid', nullable: true })
  signedByToken: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  /** SHA-256 of the canonical JSON of everything above. */
  @Column({ type: 'char', length: 64 })
  sha256: string;
}
