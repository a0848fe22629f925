import type { KeysetPosition } from '@preuve/persistence';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';

/** Opaque to clients: base64url of the last item's position. */
export function encodeCursor(position: KeysetPosition | null): string | null {
  return position
    ? Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id])).toString('base64url')
    : null;
}

export function decodeCursor(cursor: string | undefined): KeysetPosition | null {
  if (cursor === undefined || cursor === '') return null;
  const invalid = new AppError(
    ErrorCode.InvalidCursor,
    'This cursor is not one the API gave: start again from the first page.',
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string')
    throw invalid;
  const createdAt = new Date(parsed[0]);
  if (Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(parsed[1])) throw invalid;
  return { createdAt, id: parsed[1] };
}
