import type { Request } from 'express';
import busboy from 'busboy';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { refuseMultipartExcess } from '../common/http/multipart-limits.js';

export interface ReceivedGrid {
  fields: Record<string, string>;
  file: Buffer;
  fileName: string;
}

const TEXT_FIELDS = new Set(['programme', 'code', 'version', 'title', 'couloir', 'dispositif', 'vague', 'overlay']);
/** An overlay is a few kilobytes of YAML; 1 MiB is plenty. */
const MAX_FIELD_BYTES = 1024 * 1024;

/**
 * Reads a grid upload into memory, up to `maxBytes`: the file in `file`, the overlay as a text
 * field or a file part named `overlay`, and the other fields as text. Past the limit the rest of
 * the body is read and dropped (never held), then GRID_TOO_LARGE (413) is answered.
 */
export function receiveGrid(request: Request, maxBytes: number): Promise<ReceivedGrid> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        limits: { files: 2, fields: 12, fieldSize: MAX_FIELD_BYTES, parts: 14, fileSize: maxBytes + 1 },
        defParamCharset: 'utf8',
      });
    } catch {
      reject(
        new AppError(ErrorCode.UnsupportedMediaType, 'Send multipart/form-data with the grid in the field « file ».'),
      );
      return;
    }
    const fields: Record<string, string> = {};
    let file: Buffer | null = null;
    let fileName = 'grille';
    let failure: AppError | null = null;
    const pending: Promise<void>[] = [];
    const refuse = (error: AppError): void => {
      failure ??= error;
    };
    parser.on('field', (name, value, info) => {
      if (!TEXT_FIELDS.has(name)) {
        refuse(
          new AppError(
            ErrorCode.ValidationFailed,
            `Unknown field « ${name} »: send file, programme, code, version, title and optionally couloir, dispositif, vague, overlay.`,
          ),
        );
        return;
      }
      if (info.valueTruncated) refuse(new AppError(ErrorCode.ValidationFailed, `The field « ${name} » is too long.`));
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' && name !== 'overlay') {
        stream.resume();
        refuse(new AppError(ErrorCode.ValidationFailed, `Send the grid in the field « file », not « ${name} ».`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const limit = name === 'file' ? maxBytes : MAX_FIELD_BYTES;
      pending.push(
        new Promise<void>((done) => {
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= limit) chunks.push(chunk);
          });
          stream.on('end', () => {
            if (size > limit) {
              refuse(
                name === 'file'
                  ? new AppError(
                      ErrorCode.GridTooLarge,
                      `The grid file is larger than ${maxBytes} bytes (MAX_GRID_BYTES): no grid is that large.`,
                      { limit: maxBytes },
                    )
                  : new AppError(ErrorCode.ValidationFailed, 'The overlay is larger than 1 MiB.'),
              );
            } else if (name === 'file') {
              file = Buffer.concat(chunks);
              fileName = (info.filename ?? 'grille').replace(/%22/g, '"');
            } else fields.overlay = Buffer.concat(chunks).toString('utf8');
            done();
          });
        }),
      );
    });
    refuseMultipartExcess(parser, 'Send one grid file.', refuse, reject);
    parser.on('close', () => {
      void Promise.all(pending).then(() => {
        if (failure) reject(failure);
        else if (!file)
          reject(new AppError(ErrorCode.ValidationFailed, 'No grid: send it in the multipart field « file ».'));
        else resolve({ fields, file, fileName });
      });
    });
    request.on('aborted', () =>
      reject(new AppError(ErrorCode.UploadInterrupted, 'The upload was interrupted before the end of the file.')),
    );
    request.pipe(parser);
  });
}
