import { DossierEntity } from './dossier.entity.js';
import { ChildRow } from './row-columns.js';
import { Col } from './columns.js';

/**
 * A row that hangs off a dossier (evidence, declarations, verdicts, journal rows…): its dossier,
 * and the organisation owning it, copied so that tenant walls need no join. `foreignKey` is the
 * name the table's migration gave its constraint on `dossier_id`.
 */
export function DossierRow(foreignKey: string) {
  abstract class DossierRow extends ChildRow('dossier', () => DossierEntity, foreignKey) {
    /** The vendor organisation owning the dossier (tenant walls). */
    @Col.Uuid('organization_id')
    organizationId: string;
  }
  return DossierRow;
}
