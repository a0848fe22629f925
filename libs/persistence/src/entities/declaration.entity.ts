import { Entity, Index } from 'typeorm';
import { DossierRow } from './dossier-row.js';
import { Col } from './columns.js';

/**
 * A sworn declaration that a scenario does not apply. Never edited (a trigger refuses UPDATE and
 * DELETE): a new declaration for the same scenario supersedes the previous one, and both stay.
 */
@Entity({ name: 'declaration' })
@Index('IX_declaration_dossier_scenario', ['dossierId', 'scenarioCode', 'signedAt'])
export class DeclarationEntity extends DossierRow('FK_declaration_dossier') {
  @Col.Varchar(40, 'scenario_code')
  scenarioCode: string;

  @Col.Integer()
  round: number;

  @Col.Text('declarant_name')
  declarantName: string;

  @Col.Varchar(32, 'declarant_role')
  declarantRole: string;

  @Col.Text()
  justification: string;

  @Col.Varchar(32, 'statement_version')
  statementVersion: string;

  /** The full statement the declarant accepted, as shown. */
  @Col.Text('statement_text')
  statementText: string;

  @Col.Instant('signed_at')
  signedAt: Date;

  @Col.NullableUuid('signed_by')
  signedBy: string | null;

  @Col.NullableUuid('signed_by_token')
  signedByToken: string | null;

  @Col.NullableText()
  ip: string | null;

  @Col.NullableText('user_agent')
  userAgent: string | null;

  /** SHA-256 of the canonical JSON of everything above. */
  @Col.Sha256()
  sha256: string;
}
