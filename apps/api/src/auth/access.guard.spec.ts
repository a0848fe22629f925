import { describe, expect, it } from '@jest/globals';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { currentRowScope, runRequest } from '@preuve/persistence';
import { ACCESS_METADATA, type AccessPolicy } from '../common/access/access.decorator.js';
import type { Principal } from '../common/access/principal.js';
import { AccessGuard } from './access.guard.js';
import type { PrincipalResolver } from './principal-resolver.js';

const READ: AccessPolicy = { kind: 'authenticated', roles: ['vendor_member'], scope: 'dossiers:read' };

function token(organizationKind: 'vendor' | 'authority', organizationId: string): Principal {
  return { kind: 'token', tokenId: 't', scopes: ['dossiers:read'], organizationId, organizationKind };
}

/** The guard in front of a handler with `policy`, for a request whose bearer resolves to `principal`. */
function guarded(policy: AccessPolicy, principal: Principal) {
  const handler = () => undefined;
  Reflect.defineMetadata(ACCESS_METADATA, policy, handler);
  const request = { query: {}, params: {}, header: () => 'Bearer x' } as Record<string, unknown>;
  const context = {
    getHandler: () => handler,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  const resolver = { resolve: () => Promise.resolve(principal) } as unknown as PrincipalResolver;
  return { guard: new AccessGuard(new Reflector(), resolver), context, request };
}

describe('AccessGuard: the row scope of the rest of the request', () => {
  it("keeps a vendor's request to its organisation's rows once it is let in", async () => {
    const { guard, context, request } = guarded(READ, token('vendor', 'org-a'));
    const scope = await runRequest(async () => {
      await guard.canActivate(context);
      return currentRowScope();
    });
    expect(scope).toBe('org-a');
    expect(request.principal).toMatchObject({ organizationId: 'org-a' });
  });

  it("leaves the authority's requests and public ones across tenants", async () => {
    const authority = guarded(READ, token('authority', 'org-x'));
    const open = guarded({ kind: 'public' }, token('vendor', 'org-a'));
    const scopes = await runRequest(async () => {
      await authority.guard.canActivate(authority.context);
      return currentRowScope();
    });
    const publicScope = await runRequest(async () => {
      await open.guard.canActivate(open.context);
      return currentRowScope();
    });
    expect([scopes, publicScope]).toEqual(['all', 'all']);
  });

  it('refuses a vendor outside a request scope rather than let it see every tenant', async () => {
    const { guard, context } = guarded(READ, token('vendor', 'org-a'));
    await expect(guard.canActivate(context)).rejects.toThrow(/no request scope/);
  });
});
