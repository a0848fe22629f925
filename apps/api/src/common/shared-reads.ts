/** The reads of one key: the one running, and the one its late callers wait for. */
interface Cell<T> {
  running?: Promise<T>;
  next?: Promise<T>;
}

/**
 * Identical reads asked at the same time, answered by one, each by a read that started after it
 * was asked. A caller arriving while no read of its key runs starts one; callers arriving while one
 * runs wait for the next, which starts as soon as the running one ends and answers all of them.
 * So a caller always sees every write committed before it asked (never an answer read earlier),
 * and a lone caller costs one read, as without sharing.
 *
 * Under load, many clients polling the same page (reviewers on the queue, a vendor's dashboards
 * and CI on its dossier list, a balancer's health probes) cost one query per round trip instead of
 * one each. The key must hold everything the answer depends on (who asks, as far as it changes the
 * answer, and every parameter); callers share the answer object and must not change it. A failed
 * read fails the callers that waited for it, and only those.
 */
export class SharedReads<T> {
  private readonly cells = new Map<string, Cell<T>>();

  read(key: string, load: () => Promise<T>): Promise<T> {
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {};
      this.cells.set(key, cell);
    }
    if (cell.next) return cell.next;
    if (!cell.running) return this.start(key, cell, load);
    const start = () => this.start(key, cell, load);
    cell.next = cell.running.then(start, start);
    return cell.next;
  }

  /** How many keys have a read running or waiting (for tests: none once all have answered). */
  get size(): number {
    return this.cells.size;
  }

  private start(key: string, cell: Cell<T>, load: () => Promise<T>): Promise<T> {
    const read = load();
    cell.running = read;
    cell.next = undefined;
    const ended = () => {
      if (cell.running !== read) return;
      cell.running = undefined;
      if (!cell.next) this.cells.delete(key);
    };
    read.then(ended, ended);
    return read;
  }
}
