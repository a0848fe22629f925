import type { EntityManager } from 'typeorm';
import { DeclarationEntity } from '../entities/declaration.entity.js';
import { EvidenceEntity } from '../entities/evidence.entity.js';
import { ScenarioAssessmentEntity } from '../entities/preparation.entities.js';
import { ScenarioVerdictEntity } from '../entities/review.entities.js';
import { toEntities } from './entity-rows.js';

export interface DossierContentRows {
  evidence: EvidenceEntity[];
  declarations: DeclarationEntity[];
  verdicts: ScenarioVerdictEntity[];
  /** The vendor's working statuses, oldest first (the latest per scenario is in force). */
  assessments: ScenarioAssessmentEntity[];
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
      evidence: toEntities(manager, EvidenceEntity, row.evidence),
      declarations: toEntities(manager, DeclarationEntity, row.declarations),
      verdicts: toEntities(manager, ScenarioVerdictEntity, row.verdicts),
      assessments: toEntities(manager, ScenarioAssessmentEntity, row.assessments),
    };
  }
}
