import cliProgress from 'cli-progress';
import { formatBytes } from '@preuve/storage';

/** A progress bar in bytes on stderr; drawn only on a terminal (a pipe or a test sees nothing). */
export interface ByteProgress {
  update(bytes: number, detail?: string): void;
  stop(): void;
}

export function byteProgress(
  label: string,
  totalBytes: number,
  stream: NodeJS.WriteStream = process.stderr,
): ByteProgress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {percentage}% {done} / {total_human} {detail}`,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(totalBytes, 1), 0, { done: formatBytes(0), total_human: formatBytes(totalBytes), detail: '' });
  return {
    update(bytes, detail = '') {
      bar.update(Math.min(bytes, Math.max(totalBytes, 1)), { done: formatBytes(bytes), detail });
    },
    stop() {
      bar.stop();
    },
  };
}

/** A progress bar counting items (audit events) whose total is known. */
export function countProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): ByteProgress {
  const bar = new cliProgress.SingleBar(
    { stream, format: `${label} [{bar}] {percentage}% {value}/{total}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(total, 1), 0);
  return {
    update(count) {
      bar.update(Math.min(count, Math.max(total, 1)));
    },
    stop() {
      bar.stop();
    },
  };
}
