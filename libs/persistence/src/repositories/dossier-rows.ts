import type { DeepPartial, EntityManager, EntityTarget, FindOptionsOrder, FindOptionsWhere } from 'typeorm';
import type { TenantScope } from '@preuve/domain';
import { positional, tenantCondition } from './tenant.js';
import { isUuid } from './uuid.js';
import { insertRow } from './entity-rows.js';

/**
 * The common part of the repositories of a dossier's append-only rows (evidence, declarations,
 * submissions, verdicts, comments, decisions): insert a row, list a dossier's rows in the table's
 * own order, and find one by id behind its dossier's tenant wall.
 */
export abstract class DossierRowsRepository<
  Row extends { id: string; dossierId: string },
  New = Omit<Row, 'id' | 'dossier'>,
> {
  protected constructor(
    private readonly entity: EntityTarget<Row>,
    private readonly order: FindOptionsOrder<Row>,
  ) {}

  async insert(manager: EntityManager, row: New): Promise<Row> {
    return insertRow(manager, this.entity, row as DeepPartial<Row>);
  }

  async listForDossier(manager: EntityManager, dossierId: string): Promise<Row[]> {
    return manager
      .getRepository(this.entity)
      .find({ where: { dossierId } as FindOptionsWhere<Row>, order: this.order });
  }

  /** The row `id` of `table`, or null when it does not exist or its dossier is outside `scope`. */
  protected async findVisible(
    manager: EntityManager,
    table: string,
    scope: TenantScope,
    id: string,
  ): Promise<Row | null> {
    if (!isUuid(id)) return null;
    const sql = positional([id]);
    const rows: { id: string }[] = await manager.query(
      `SELECT x.id FROM ${table} x JOIN dossier d ON d.id = x.dossier_id WHERE x.id = $1 AND ${tenantCondition('dossier', 'd', scope, sql.bind)}`,
      sql.values,
    );
    return rows.length > 0 ? manager.getRepository(this.entity).findOneBy({ id } as FindOptionsWhere<Row>) : null;
  }
}
