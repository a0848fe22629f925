import type busboy from 'busboy';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';

/**
 * A multipart body past busboy's limits, or malformed, is 400 VALIDATION_FAILED saying which:
 * `refuse` gets the limits (`tooManyFiles` the words for a file too many), `malformed` a parse error.
 */
export function refuseMultipartExcess(
  parser: busboy.Busboy,
  tooManyFiles: string,
  refuse: (error: AppError) => void,
  malformed: (error: AppError) => void = refuse,
): void {
  parser.on('filesLimit', () => refuse(new AppError(ErrorCode.ValidationFailed, tooManyFiles)));
  parser.on('fieldsLimit', () => refuse(new AppError(ErrorCode.ValidationFailed, 'Too many fields.')));
  parser.on('partsLimit', () => refuse(new AppError(ErrorCode.ValidationFailed, 'Too many parts.')));
  parser.on('error', (error: Error) =>
    malformed(new AppError(ErrorCode.ValidationFailed, `The multipart body is malformed: ${error.message}.`)),
  );
}
