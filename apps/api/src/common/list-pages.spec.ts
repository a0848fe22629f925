import { describe, expect, it } from '@jest/globals';
import { StampedPages } from './list-pages.js';

/** A list whose every read is counted and answers the read's number. */
function countedList(capacity = 10) {
  const pages = new StampedPages<number>(capacity);
  let reads = 0;
  const load = () => Promise.resolve(++reads);
  return { pages, load, reads: () => reads };
}

describe('StampedPages', () => {
  it('serves a kept page again while the stamp is the same, and reads it again once the stamp moved', async () => {
    const { pages, load, reads } = countedList();
    expect(await pages.read('page 1', '7', load)).toBe(1);
    expect(await pages.read('page 1', '7', load)).toBe(1);
    expect(reads()).toBe(1);
    expect(await pages.read('page 1', '8', load)).toBe(2);
    expect(await pages.read('page 1', '8', load)).toBe(2);
    expect(reads()).toBe(2);
  });

  it('reads a kept page again when what it depends on besides the rows changed', async () => {
    const { pages, load } = countedList();
    await pages.read('page 1', '7', load);
    expect(await pages.read('page 1', '7', load, () => false)).toBe(2);
    expect(await pages.read('page 1', '7', load, (kept) => kept === 2)).toBe(2);
  });

  it('keeps each page under its own key, and forgets the least recently used beyond its capacity', async () => {
    const { pages, load, reads } = countedList(2);
    await pages.read('a', '1', load);
    await pages.read('b', '1', load);
    expect(await pages.read('a', '1', load)).toBe(1);
    await pages.read('c', '1', load); // b is forgotten, not a
    expect(await pages.read('a', '1', load)).toBe(1);
    expect(await pages.read('b', '1', load)).toBe(4);
    expect(reads()).toBe(4);
  });

  it('shares reads among callers asking the same page at once, each answered by a read begun after it asked', async () => {
    const { pages, load, reads } = countedList();
    const answers = await Promise.all([1, 2, 3].map(() => pages.read('a', '1', load)));
    // The first read was under way when the others asked: they share the next one.
    expect(answers).toEqual([1, 2, 2]);
    expect(reads()).toBe(2);
  });
});
