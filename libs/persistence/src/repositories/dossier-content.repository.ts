import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DeclarationEntity } from '../entities/declaration.entity.js';
import { EvidenceEntity } from '../entities/evidence.entity.js';
import { ScenarioAssessmentEntity } from '../entities/preparation.entities.js';
import { ScenarioVerdictEntity } from '../entities/review.entities.js';

export interface DossierContentRows {
  evidence: EvidenceEntity[];
  declarations: DeclarationEntity[];
  verdicts: ScenarioVerdictEntity[];
  /** The vendor's working statuses, oldest first (the latest per scenario is in force). */
  assessments: ScenarioAssessmentEntity[];
}

/** Turns a row of `json_agg` back into an entity, by the entity's own column metadata. */
function fromJson<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Record<string, unknown>[],
): T[] {
  const metadata = manager.connection.getMetadata(target);
  return rows.map((row) => {
    const entity = metadata.create() as T;
    for (const column of metadata.columns) {
      const value = row[column.databaseName];
      let converted: unknown = value;
      if (value !== null && value !== undefined) {
        if (column.type === 'timestamptz' || column.type === 'timestamp') converted = new Date(value as string);
        else if (column.type === 'bigint' && (typeof value === 'number' || typeof value === 'string'))
          converted = String(value);
      }
      (entity as Record<string, unknown>)[column.propertyName] = converted ?? null;
    }
    return entity;
  });
}

/**
 * Everything added to a dossier — evidence versions, declarations, verdicts, each oldest first —
 * in one round trip: read on every view of a dossier.
 */
export class DossierContentRepository {
  async load(manager: EntityManager, dossierId: string): Promise<DossierContentRows> {
    const [row] = await manager.query<Record<string, Record<string, unknown>[]>[]>(
      `SELECT
         (SELECT coalesce(json_agg(e ORDER BY e.proof_code, e.version), '[]'::json) FROM evidence e WHERE e.dossier_id = $1) AS evidence,
         (SELECT coalesce(json_agg(x ORDER BY x.signed_at, x.id), '[]'::json) FROM declaration x WHERE x.dossier_id = $1) AS declarations,
         (SELECT coalesce(json_agg(v ORDER BY v.created_at, v.id), '[]'::json) FROM scenario_verdict v WHERE v.dossier_id = $1) AS verdicts,
         (SELECT coalesce(json_agg(a ORDER BY a.created_at, a.id), '[]'::json) FROM scenario_assessment a WHERE a.dossier_id = $1) AS assessments`,
      [dossierId],
    );
    return {
      evidence: fromJson(manager, EvidenceEntity, row.evidence),
      declarations: fromJson(manager, DeclarationEntity, row.declarations),
      verdicts: fromJson(manager, ScenarioVerdictEntity, row.verdicts),
      assessments: fromJson(manager, ScenarioAssessmentEntity, row.assessments),
    };
  }
}
