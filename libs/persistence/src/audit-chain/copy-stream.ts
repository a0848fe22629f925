import type { ClientBase } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BinaryCopyTuples, type TupleHandler } from './copy-tuples.js';

/** How much of the COPY stream may wait, read from the socket, for the tuple reader. */
const STREAM_BUFFER_BYTES = 1024 * 1024;

/**
 * Runs `COPY ... TO STDOUT (FORMAT binary)` on a pg client through pg-copy-streams, handing each
 * tuple to `onTuple` as its bytes arrive. Resolves with the number of tuples handed over. When
 * `onTuple` returns false, the tuples still to come are skipped (the statement runs to its end,
 * so the connection stays usable); when it throws, they are skipped too and the promise rejects
 * with that error once the statement is over.
 */
export function runBinaryCopy(
  client: ClientBase,
  sql: string,
  fieldCount: number,
  onTuple: TupleHandler,
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const tuples = new BinaryCopyTuples(fieldCount, onTuple);
    let failure: Error | null = null;
    const stream = client.query(copyTo(sql, { highWaterMark: STREAM_BUFFER_BYTES }));
    stream.on('data', (chunk: Buffer) => {
      if (failure !== null) return;
      try {
        tuples.push(chunk);
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
      }
    });
    stream.on('error', reject);
    stream.on('end', () => {
      if (failure !== null) reject(failure);
      else if (!tuples.finished && !tuples.stopped) reject(new Error('COPY: the stream ended before its trailer'));
      else resolve(tuples.rows);
    });
  });
}
