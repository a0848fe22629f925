import { Worker } from 'node:worker_threads';

/*
 * SHA-256 of audit event contents on a worker thread (hash-thread.js), so that the thread that
 * reads and renders the events does not also hash them. The contents go through shared memory,
 * in batches: a few slots, each filled by the reader (contents and the stored hashes to compare
 * with), handed over by a counter, hashed and compared by the worker, then reused. The worker
 * stops a batch at its first content whose hash is not the stored one and says which.
 */

/** Slots in flight: the reader fills one while the worker hashes the others (room for its hiccups). */
const SLOTS = 16;
/** Bytes of contents and stored hashes per slot. */
export const HASH_SLOT_BYTES = 1024 * 1024;
/** Contents per slot at most. */
const SLOT_ENTRIES = 4096;
export const HASH_LENGTH = 64;

/**
 * The shared memory's layout, which the worker takes from workerData: control is [slots
 * submitted, slots hashed, stop, the worker failed]; a slot's meta is [entries, index of the first
 * content whose hash differs, or -1]; an entry is [content start, content end, stored hash start
 * (its 64 bytes follow the content)].
 */
const LAYOUT = {
  SUBMITTED: 0,
  HASHED: 1,
  STOP: 2,
  BROKE: 3,
  COUNT: 0,
  FAILED: 1,
  ENTRY_FIELDS: 3,
  HASH_LENGTH,
} as const;

/** How long the reader waits for the worker before it gives up. */
const WORKER_TIMEOUT_MS = 60_000;

/** The worker's module: beside this file in the sources, copied beside the bundle (an asset) by the build. */
const THREAD_MODULE = new URL('./hash-thread.js', import.meta.url);

export interface HashSlot {
  /** The slot's memory; the next content goes at `offset`. */
  readonly bytes: Buffer;
  readonly view: DataView;
  offset: number;
  count: number;
  /** The index (in the walk) of the slot's first entry, and each entry's seq. */
  firstIndex: number;
  readonly seqs: string[];
  readonly entries: Int32Array;
  readonly meta: Int32Array;
  readonly failure: Buffer;
}

/** The first content whose hash is not the stored one. */
export interface HashFailure {
  /** Its index in the walk. */
  index: number;
  seq: string;
  computed: string;
  stored: string;
}

export class HashWorker {
  /** The first failure the worker reported (in walk order), once seen. */
  failure: HashFailure | null = null;
  private readonly worker: Worker;
  private readonly control: Int32Array;
  private readonly slots: HashSlot[];
  /** Slots submitted, and the number of them whose results were read. */
  private submitted = 0;
  private read = 0;

  constructor() {
    const control = new SharedArrayBuffer(4 * 4);
    const memories = Array.from({ length: SLOTS }, () => ({
      bytes: new SharedArrayBuffer(HASH_SLOT_BYTES),
      entries: new SharedArrayBuffer(SLOT_ENTRIES * LAYOUT.ENTRY_FIELDS * 4),
      meta: new SharedArrayBuffer(2 * 4),
      failure: new SharedArrayBuffer(HASH_LENGTH),
    }));
    this.control = new Int32Array(control);
    this.slots = memories.map((memory) => ({
      bytes: Buffer.from(memory.bytes),
      view: new DataView(memory.bytes),
      offset: 0,
      count: 0,
      firstIndex: 0,
      seqs: [],
      entries: new Int32Array(memory.entries),
      meta: new Int32Array(memory.meta),
      failure: Buffer.from(memory.failure),
    }));
    this.worker = new Worker(THREAD_MODULE, { workerData: { control, slots: memories, layout: LAYOUT } });
    this.worker.on('error', () => undefined); // told through BROKE, where the reader waits
    this.worker.unref();
  }

  /**
   * The slot being filled, with room for a content of `bytes` (and its stored hash) and an entry;
   * null for a content larger than a slot.
   */
  slotFor(bytes: number, nextIndex: number): HashSlot | null {
    if (bytes + HASH_LENGTH > HASH_SLOT_BYTES) return null;
    let slot = this.slots[this.submitted % SLOTS];
    if (slot.count === SLOT_ENTRIES || slot.offset + bytes + HASH_LENGTH > HASH_SLOT_BYTES) {
      this.submit();
      slot = this.slots[this.submitted % SLOTS];
    }
    if (slot.count === 0) slot.firstIndex = nextIndex;
    return slot;
  }

  /** Records the content just written in `slot` at [start, slot.offset), with its stored hash. */
  add(slot: HashSlot, start: number, seq: string, row: DataView<ArrayBufferLike>, storedAt: number): void {
    let at = slot.offset;
    for (let index = 0; index < HASH_LENGTH; index += 4) {
      slot.view.setUint32(at, row.getUint32(storedAt + index, true), true);
      at += 4;
    }
    const entry = slot.count * LAYOUT.ENTRY_FIELDS;
    slot.entries[entry] = start;
    slot.entries[entry + 1] = slot.offset;
    slot.entries[entry + 2] = slot.offset;
    slot.seqs[slot.count] = seq;
    slot.count += 1;
    slot.offset = at;
  }

  /** Hands the slot being filled to the worker; waits for the next one to be free (its results read). */
  private submit(): void {
    const slot = this.slots[this.submitted % SLOTS];
    Atomics.store(slot.meta, LAYOUT.COUNT, slot.count);
    this.submitted += 1;
    Atomics.store(this.control, LAYOUT.SUBMITTED, this.submitted);
    Atomics.notify(this.control, LAYOUT.SUBMITTED);
    if (this.submitted - this.read === SLOTS) this.readResult();
  }

  /** Waits for the oldest slot not yet read, notes its failure if any, and frees it. */
  private readResult(): void {
    const deadline = Date.now() + WORKER_TIMEOUT_MS;
    for (;;) {
      const hashed = Atomics.load(this.control, LAYOUT.HASHED);
      if (hashed > this.read) break;
      if (Atomics.load(this.control, LAYOUT.BROKE) !== 0) throw new Error('audit chain: the hash worker failed');
      if (Date.now() > deadline) throw new Error('audit chain: the hash worker does not answer');
      Atomics.wait(this.control, LAYOUT.HASHED, hashed, 1_000);
    }
    const slot = this.slots[this.read % SLOTS];
    const failed = Atomics.load(slot.meta, LAYOUT.FAILED);
    if (failed >= 0 && !this.failure) {
      const stored = slot.entries[failed * LAYOUT.ENTRY_FIELDS + 2];
      this.failure = {
        index: slot.firstIndex + failed,
        seq: slot.seqs[failed],
        computed: slot.failure.toString('latin1'),
        stored: slot.bytes.toString('utf8', stored, stored + HASH_LENGTH),
      };
    }
    slot.count = 0;
    slot.offset = 0;
    this.read += 1;
  }

  /** Hashes what is left and reads every result: `failure` is then final. */
  drain(): void {
    if (this.slots[this.submitted % SLOTS].count > 0) this.submit();
    while (this.read < this.submitted) this.readResult();
  }

  async stop(): Promise<void> {
    Atomics.store(this.control, LAYOUT.STOP, 1);
    Atomics.notify(this.control, LAYOUT.SUBMITTED);
    await this.worker.terminate();
  }
}
