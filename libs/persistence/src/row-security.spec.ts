import { describe, expect, it } from '@jest/globals';
import {
  currentRowScope,
  narrowToOrganization,
  runAcrossTenants,
  runInOrganization,
  runRequest,
} from './row-security.js';

describe('row scopes', () => {
  it('is across tenants outside any stated scope, and where stated', () => {
    expect(currentRowScope()).toBe('all');
    expect(runInOrganization('org-a', () => currentRowScope())).toBe('org-a');
    expect(runInOrganization('org-a', () => runAcrossTenants(() => currentRowScope()))).toBe('all');
  });

  it('runs a request across tenants until it is kept to one organisation, for all it does next', async () => {
    const seen = await runRequest(async () => {
      const before = currentRowScope();
      narrowToOrganization('org-a');
      await new Promise((done) => setImmediate(done));
      return [before, currentRowScope()];
    });
    expect(seen).toEqual(['all', 'org-a']);
    expect(currentRowScope()).toBe('all');
  });

  it('narrows a request once, and nothing else: a request that lost its scope fails closed', () => {
    expect(() => narrowToOrganization('org-a')).toThrow(/no request scope/);
    runRequest(() => {
      narrowToOrganization('org-a');
      expect(() => narrowToOrganization('org-b')).toThrow(/no request scope/);
      expect(currentRowScope()).toBe('org-a');
      expect(() => runAcrossTenants(() => narrowToOrganization('org-b'))).toThrow(/no request scope/);
      expect(() => runInOrganization('org-b', () => narrowToOrganization('org-c'))).toThrow(/no request scope/);
    });
  });

  it('keeps concurrent requests apart', async () => {
    const request = (organizationId: string) =>
      runRequest(async () => {
        await new Promise((done) => setImmediate(done));
        narrowToOrganization(organizationId);
        await new Promise((done) => setImmediate(done));
        return currentRowScope();
      });
    await expect(
      Promise.all([request('org-a'), request('org-b'), runRequest(() => Promise.resolve(currentRowScope()))]),
    ).resolves.toEqual(['org-a', 'org-b', 'all']);
  });
});
