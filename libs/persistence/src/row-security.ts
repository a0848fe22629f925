import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Row-level security, the database's own tenant wall. Every tenant table has a policy that shows
 * (and accepts) a row only when the session's `preuve.tenant` setting is `all` or that row's
 * organisation. The app sets it on each pooled connection as it takes it from the pool, from the
 * scope of the code asking: a vendor's request runs in its organisation's scope; the authority,
 * the platform operators, sign-in before anyone is known and background workers in the `all`
 * scope, stated where they run. A session that never set it sees no tenant row at all.
 */
export const TENANT_SETTING = 'preuve.tenant';

/** `all`, or one organisation's id. */
export type RowScope = 'all' | { organizationId: string };

/** The scope of the code running now; `open` while a request may still narrow it (see `runRequest`). */
interface ScopeCell {
  value: string;
  open: boolean;
}

const scopes = new AsyncLocalStorage<ScopeCell>();

/** Runs `work` (and everything it starts) seeing only `organizationId`'s tenant rows. */
export function runInOrganization<T>(organizationId: string, work: () => T): T {
  return scopes.run({ value: organizationId, open: false }, work);
}

/** Runs `work` seeing every tenant's rows: the authority, the platform, workers, the start. */
export function runAcrossTenants<T>(work: () => T): T {
  return scopes.run({ value: 'all', open: false }, work);
}

/**
 * Runs an HTTP request: across tenants until, once its caller is known, `narrowToOrganization`
 * keeps it to a vendor's rows (the access guard does, before the handler runs). One scope for the
 * whole request, set up by its first middleware, so that no per-handler wrapping is needed.
 */
export function runRequest<T>(work: () => T): T {
  return scopes.run({ value: 'all', open: true }, work);
}

/**
 * Keeps the rest of the running request to `organizationId`'s tenant rows. Only once, and only
 * inside `runRequest`: anywhere else it throws, so a request that lost its scope fails closed.
 */
export function narrowToOrganization(organizationId: string): void {
  const cell = scopes.getStore();
  if (!cell?.open) throw new Error('narrowToOrganization: no request scope to narrow here');
  cell.value = organizationId;
  cell.open = false;
}

/** The value `preuve.tenant` gets for the code running now; outside any stated scope, `all`. */
export function currentRowScope(): string {
  return scopes.getStore()?.value ?? 'all';
}

interface ScopedClient {
  query(sql: string, values: unknown[]): Promise<unknown>;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  preuveTenant?: string;
  preuveGuarded?: boolean;
}

/**
 * A checked-out pg client has no 'error' listener of its own (the pool removes its idle one, and
 * TypeORM's goes when it releases the client after a first error): a second error from a dying
 * server, such as 57P01 at a shutdown, would then end the process. This one stays for the client's
 * life; the query that was running, if any, gets the error itself and answers 503.
 */
function guard(client: ScopedClient): void {
  if (client.preuveGuarded) return;
  client.preuveGuarded = true;
  client.on('error', () => undefined);
}

type Obtain = () => Promise<[ScopedClient, (error?: unknown) => void]>;

/**
 * Makes every connection `dataSource` takes from its pool carry the row scope of the code that
 * takes it (a round trip only when the connection's scope changes). Call once, after initialize().
 */
export function scopeConnections(dataSource: DataSource): void {
  const driver = dataSource.driver as unknown as { obtainMasterConnection: Obtain; preuveScoped?: boolean };
  if (driver.preuveScoped) return;
  driver.preuveScoped = true;
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = async () => {
    const scope = currentRowScope();
    const [client, release] = await obtain();
    guard(client);
    if (client.preuveTenant !== scope) {
      try {
        await client.query(`SELECT set_config('${TENANT_SETTING}', $1, false)`, [scope]);
      } catch (error) {
        release(error);
        throw error;
      }
      client.preuveTenant = scope;
    }
    return [client, release];
  };
}

/**
 * Runs `work` across tenants on `manager`'s connection: in its transaction, `preuve.tenant` is
 * `all` until `work` ends, then back to what it was (transaction-local, so the connection's own
 * scope is untouched after the commit). For the few steps that cross tenants by design inside a
 * vendor's transaction, such as fanning an event out to the authority's webhooks.
 */
export async function acrossTenantsWithin<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  if (!manager.queryRunner?.isTransactionActive) return runAcrossTenants(work);
  const [{ previous }] = await manager.query<{ previous: string | null }[]>(
    `SELECT current_setting('${TENANT_SETTING}', true) AS previous, set_config('${TENANT_SETTING}', 'all', true)`,
  );
  try {
    return await work();
  } finally {
    await manager.query(`SELECT set_config('${TENANT_SETTING}', $1, true)`, [previous ?? '']);
  }
}
