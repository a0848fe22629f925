import { describe, expect, it } from '@jest/globals';
import { SharedPing } from './shared-ping.js';

/** A ping whose answers the test gives one by one. */
function controlledPing() {
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const ping = () =>
    new Promise<void>((resolve, reject) => {
      pending.push({ resolve, reject });
    });
  return { ping, pending };
}

const settled = async <T>(promise: Promise<T>) => {
  let state = 'pending';
  promise.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  await new Promise((done) => setImmediate(done));
  return state;
};

describe('SharedPing', () => {
  it('answers a lone probe with a ping of its own', async () => {
    const { ping, pending } = controlledPing();
    const shared = new SharedPing(ping);
    const probe = shared.answered();
    expect(pending).toHaveLength(1);
    pending[0].resolve();
    await expect(probe).resolves.toBeUndefined();
    const again = shared.answered();
    expect(pending).toHaveLength(2);
    pending[1].resolve();
    await expect(again).resolves.toBeUndefined();
  });

  it('answers the probes that arrive during a ping with one next ping, started once it ends', async () => {
    const { ping, pending } = controlledPing();
    const shared = new SharedPing(ping);
    const first = shared.answered();
    const waiting = [shared.answered(), shared.answered(), shared.answered()];
    expect(pending).toHaveLength(1);
    pending[0].resolve();
    await expect(first).resolves.toBeUndefined();
    // The probes that came during the first ping are not answered by it.
    expect(await settled(waiting[0])).toBe('pending');
    expect(pending).toHaveLength(2);
    pending[1].resolve();
    await expect(Promise.all(waiting)).resolves.toEqual([undefined, undefined, undefined]);
    expect(pending).toHaveLength(2);
  });

  it('fails the probes that waited for a failed ping, and only those', async () => {
    const { ping, pending } = controlledPing();
    const shared = new SharedPing(ping);
    const first = shared.answered();
    const second = shared.answered();
    pending[0].reject(new Error('connection refused'));
    await expect(first).rejects.toThrow('connection refused');
    expect(pending).toHaveLength(2);
    pending[1].resolve();
    await expect(second).resolves.toBeUndefined();
    const third = shared.answered();
    pending[2].reject(new Error('timeout'));
    await expect(third).rejects.toThrow('timeout');
  });
});
