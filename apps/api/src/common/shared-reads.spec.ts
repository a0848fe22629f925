import { describe, expect, it } from '@jest/globals';
import { SharedReads } from './shared-reads.js';

/** Reads whose answers the test gives one by one, in the order they started. */
function controlledReads() {
  const pending: { key: string; resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const shared = new SharedReads<string>();
  const read = (key: string) =>
    shared.read(
      key,
      () =>
        new Promise<string>((resolve, reject) => {
          pending.push({ key, resolve, reject });
        }),
    );
  return { shared, read, pending };
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

describe('SharedReads', () => {
  it('answers a lone caller with a read of its own, every time', async () => {
    const { shared, read, pending } = controlledReads();
    const first = read('page 1');
    expect(pending).toHaveLength(1);
    pending[0].resolve('v1');
    await expect(first).resolves.toBe('v1');
    const again = read('page 1');
    expect(pending).toHaveLength(2);
    pending[1].resolve('v2');
    await expect(again).resolves.toBe('v2');
    expect(shared.size).toBe(0);
  });

  it('answers the callers that arrive during a read with one next read, started once it ends', async () => {
    const { shared, read, pending } = controlledReads();
    const first = read('page 1');
    const waiting = [read('page 1'), read('page 1'), read('page 1')];
    expect(pending).toHaveLength(1);
    pending[0].resolve('before');
    await expect(first).resolves.toBe('before');
    // The callers that came during the first read are not answered by it: it may predate their writes.
    expect(await settled(waiting[0])).toBe('pending');
    expect(pending).toHaveLength(2);
    pending[1].resolve('after');
    await expect(Promise.all(waiting)).resolves.toEqual(['after', 'after', 'after']);
    expect(pending).toHaveLength(2);
    expect(shared.size).toBe(0);
  });

  it('never shares a read between two keys', async () => {
    const { read, pending } = controlledReads();
    const mine = read('vendor A');
    const theirs = read('vendor B');
    expect(pending.map((entry) => entry.key)).toEqual(['vendor A', 'vendor B']);
    pending[1].resolve('B');
    pending[0].resolve('A');
    await expect(mine).resolves.toBe('A');
    await expect(theirs).resolves.toBe('B');
  });

  it('fails the callers that waited for a failed read, and only those', async () => {
    const { shared, read, pending } = controlledReads();
    const first = read('page 1');
    const second = read('page 1');
    pending[0].reject(new Error('connection refused'));
    await expect(first).rejects.toThrow('connection refused');
    expect(pending).toHaveLength(2);
    pending[1].resolve('ok');
    await expect(second).resolves.toBe('ok');
    const third = read('page 1');
    pending[2].reject(new Error('timeout'));
    await expect(third).rejects.toThrow('timeout');
    expect(shared.size).toBe(0);
  });
});
