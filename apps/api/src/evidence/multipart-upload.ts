import type { Request } from 'express';
import busboy from 'busboy';
import { BlobTooLargeError, EmptyBlobError, type BlobStore, type StoredBlob } from '@preuve/storage';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { refuseMultipartExcess } from '../common/http/multipart-limits.js';

export interface ReceivedUpload {
  fields: Record<string, string>;
  blob: StoredBlob;
  fileName: string | undefined;
}

const ALLOWED_FIELDS = new Set(['proof', 'description']);

/**
 * Reads a multipart upload as it arrives: text fields first (each checked as soon as it is
 * complete by `onField`, which may refuse the upload before any byte of the file is stored), and
 * one file named `file`, streamed into the blob store. Nothing of the file is held in memory.
 * On any refusal, a disconnection or a limit, the partial file is removed by the store.
 */
export function receiveUpload(
  request: Request,
  store: BlobStore,
  maxBytes: number,
  onField: (name: string, value: string) => void,
): Promise<ReceivedUpload> {
  return new Promise((resolve, reject) => {
    const abort = new AbortController();
    const fields: Record<string, string> = {};
    let stored: Promise<StoredBlob> | null = null;
    let fileName: string | undefined;
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      abort.abort(error);
      request.unpipe(parser);
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        limits: { files: 1, fields: 10, fieldSize: 8 * 1024, parts: 12 },
        defParamCharset: 'utf8',
      });
    } catch {
      reject(new AppError(ErrorCode.UnsupportedMediaType, 'Send multipart/form-data with the fields proof and file.'));
      return;
    }
    parser.on('field', (name, value, info) => {
      if (settled) return;
      if (name === 'file') {
        fail(
          new AppError(
            ErrorCode.ValidationFailed,
            'The field « file » arrived as text: send it as a file part, with a file name.',
          ),
        );
        return;
      }
      if (!ALLOWED_FIELDS.has(name)) {
        fail(
          new AppError(
            ErrorCode.ValidationFailed,
            `Unknown field « ${name} »: send proof, file and optionally description.`,
          ),
        );
        return;
      }
      if (info.valueTruncated) {
        fail(new AppError(ErrorCode.ValidationFailed, `The field « ${name} » is too long.`));
        return;
      }
      try {
        fields[name] = value;
        onField(name, value);
      } catch (error) {
        fail(error);
      }
    });
    parser.on('file', (name, file, info) => {
      if (settled) {
        file.resume();
        return;
      }
      if (name !== 'file') {
        file.resume();
        fail(new AppError(ErrorCode.ValidationFailed, `The file must be sent in the field « file », not « ${name} ».`));
        return;
      }
      // Browsers percent-encode quotes in multipart file names.
      fileName = info.filename?.replace(/%22/g, '"');
      stored = store.put(file, { maxBytes, signal: abort.signal });
      stored.catch((error: unknown) => {
        if (error instanceof BlobTooLargeError) {
          fail(
            new AppError(
              ErrorCode.PayloadTooLarge,
              `The file exceeds the limit of ${maxBytes} bytes (MAX_UPLOAD_BYTES).`,
              { limit: maxBytes },
            ),
          );
        } else if (error instanceof EmptyBlobError) {
          fail(new AppError(ErrorCode.ValidationFailed, 'The file is empty.'));
        } else {
          fail(error);
        }
      });
    });
    refuseMultipartExcess(parser, 'Send one file per upload.', fail);
    parser.on('close', () => {
      if (settled) return;
      if (!stored) {
        fail(new AppError(ErrorCode.ValidationFailed, 'No file: send it in the multipart field « file ».'));
        return;
      }
      stored.then(
        (blob) => {
          if (settled) return;
          settled = true;
          resolve({ fields, blob, fileName });
        },
        () => undefined, // already handled above
      );
    });
    const interrupted = (): void =>
      fail(
        new AppError(
          ErrorCode.UploadInterrupted,
          'The upload was interrupted before the end of the file: nothing was stored.',
        ),
      );
    request.on('aborted', interrupted);
    request.on('close', () => {
      if (!request.complete) interrupted();
    });
    request.pipe(parser);
  });
}
