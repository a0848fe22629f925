import { describe, expect, it } from '@jest/globals';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { decodeCursor, encodeCursor, keysetCursor } from './cursor.js';

const id = '0b6f3c1e-2d4a-4c5b-9e8f-7a6b5c4d3e2f';
const at = new Date('2026-11-26T10:00:00.123Z');
const raw = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return undefined;
}

describe('the list cursor', () => {
  it('is base64url of [ISO time, id], whatever the timestamp is called', () => {
    const queue = keysetCursor('lastSubmittedAt');
    const cursor = queue.encode({ lastSubmittedAt: at, id })!;
    expect(cursor).toBe(raw([at.toISOString(), id]));
    expect(encodeCursor({ createdAt: at, id })).toBe(cursor);
    expect(queue.decode(cursor)).toEqual({ lastSubmittedAt: at, id });
    expect(decodeCursor(cursor)).toEqual({ createdAt: at, id });
  });

  it('is null on the last page and absent on the first', () => {
    expect(encodeCursor(null)).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor('')).toBeNull();
  });

  it('refuses a cursor the API did not give (400 INVALID_CURSOR)', () => {
    for (const cursor of [
      '%%%',
      raw({ at, id }),
      raw([at.toISOString()]),
      raw([0, id]),
      raw(['yesterday', id]),
      raw([at.toISOString(), 'x']),
      raw([at.toISOString(), id, 1]),
    ]) {
      expect(codeOf(() => decodeCursor(cursor))).toBe(ErrorCode.InvalidCursor);
    }
  });
});
