import { EDITABLE_STATUSES } from '@preuve/domain';
import type { DossierEntity } from '@preuve/persistence';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';

/** 409 DOSSIER_LOCKED unless the vendor may change the dossier now. */
export function editableOrThrow(dossier: DossierEntity): void {
  if (!EDITABLE_STATUSES.includes(dossier.status)) {
    throw new AppError(
      ErrorCode.DossierLocked,
      `The dossier is ${dossier.status}: its content can change only in draft or after a change request.`,
      { status: dossier.status },
    );
  }
}
