// The hash worker's thread (started by hash-worker.ts): SHA-256 of the audit event contents the
// reading thread puts in shared memory, compared with the stored hashes. Plain JavaScript, so that
// the same file runs from the bundle and from the sources under the tests; it imports nothing but
// Node, and takes the layout of the shared memory from workerData.
import { Buffer } from 'node:buffer';
import { hash } from 'node:crypto';
import { workerData } from 'node:worker_threads';

const { layout } = workerData;
const control = new Int32Array(workerData.control);
const slots = workerData.slots.map((slot) => ({
  bytes: Buffer.from(slot.bytes),
  entries: new Int32Array(slot.entries),
  meta: new Int32Array(slot.meta),
  failure: Buffer.from(slot.failure),
}));

/**
 * Hashes the slots in turn as the reader submits them: each entry is a content's start and end
 * and where its stored hash is; stops a slot at its first content whose hash differs, and writes
 * the computed hash in the slot's failure memory.
 */
function hashSlots() {
  for (let next = 0; ; next += 1) {
    for (;;) {
      if (Atomics.load(control, layout.STOP) !== 0) return;
      const submitted = Atomics.load(control, layout.SUBMITTED);
      if (submitted > next) break;
      Atomics.wait(control, layout.SUBMITTED, submitted);
    }
    const { bytes, entries, meta, failure } = slots[next % slots.length];
    const count = meta[layout.COUNT];
    let failed = -1;
    for (let entry = 0; entry < count; entry += 1) {
      const at = entry * layout.ENTRY_FIELDS;
      const computed = hash('sha256', bytes.subarray(entries[at], entries[at + 1]), 'hex');
      const stored = entries[at + 2];
      if (bytes.latin1Slice(stored, stored + layout.HASH_LENGTH) !== computed) {
        failed = entry;
        failure.write(computed, 0, 'latin1');
        break;
      }
    }
    meta[layout.FAILED] = failed;
    Atomics.store(control, layout.HASHED, next + 1);
    Atomics.notify(control, layout.HASHED);
  }
}

try {
  hashSlots();
} catch (error) {
  Atomics.store(control, layout.BROKE, 1);
  Atomics.notify(control, layout.HASHED);
  throw error;
}
