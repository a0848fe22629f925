import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import type { ApiError } from '../api/client';
import { Notice, ProgressBar } from '../components/feedback';
import { formatBytes, t } from '../i18n';
import { UPLOAD_CANCELLED, uploadEvidence, type UploadHandle, type UploadedEvidence } from './upload';

interface Progress {
  sent: number;
  total: number;
  fileName: string;
}

/** Says what went wrong in French from the error's code and details. */
function uploadErrorText(error: ApiError, fileName: string): string {
  const text = t.vendor.upload;
  const details = (error.details ?? {}) as { limit?: number; detected?: string | null; accepted?: string[] };
  switch (error.status) {
    case 413:
      return typeof details.limit === 'number' ? text.tooLargeLimit(formatBytes(details.limit)) : text.tooLarge;
    case 415:
      return details.accepted
        ? text.badTypeDetail(fileName, details.detected ?? undefined, details.accepted)
        : text.badType;
    case 409:
      return t.vendor.errors[error.code] ?? text.locked;
    default:
      return error.status > 0 ? `${text.failed} ${error.message}` : text.failed;
  }
}

/**
 * Drop zone and file button for one proof: the upload shows its progress and can be cancelled.
 * The drop zone is an extra for pointer users; the button is the keyboard path.
 */
export function ProofUpload({
  dossierId,
  proofCode,
  hasVersions,
  onUploaded,
}: {
  dossierId: string;
  proofCode: string;
  hasVersions: boolean;
  onUploaded: (evidence: UploadedEvidence) => void;
}) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const handle = useRef<UploadHandle | undefined>(undefined);
  const [progress, setProgress] = useState<Progress>();
  const [dragging, setDragging] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error' | 'info'; text: string }>();
  const text = t.vendor.upload;

  // Leaving the scenario cancels an upload still running.
  useEffect(() => () => handle.current?.cancel(), []);

  const send = (file: File): void => {
    if (handle.current) return;
    setOutcome(undefined);
    setProgress({ sent: 0, total: file.size, fileName: file.name });
    const upload = uploadEvidence(dossierId, proofCode, file, (sent, total) =>
      setProgress({ sent, total, fileName: file.name }),
    );
    handle.current = upload;
    upload.done
      .then(
        (evidence) => {
          setOutcome({ tone: 'success', text: text.done(evidence.version, evidence.fileName) });
          onUploaded(evidence);
        },
        (error: ApiError) => {
          if (error.code === UPLOAD_CANCELLED) setOutcome({ tone: 'info', text: text.cancelled });
          else setOutcome({ tone: 'error', text: uploadErrorText(error, file.name) });
        },
      )
      .finally(() => {
        handle.current = undefined;
        setProgress(undefined);
        if (input.current) input.current.value = '';
      });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) send(file);
  };

  const percent = progress && progress.total > 0 ? Math.floor((progress.sent / progress.total) * 100) : 0;
  return (
    <div className="upload">
      <div
        className={dragging ? 'dropzone dropzone-active' : 'dropzone'}
        onDragOver={(event) => {
          event.preventDefault();
          if (!progress) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid={`dropzone-${proofCode}`}
      >
        {progress ? (
          <div className="upload-progress">
            <ProgressBar
              value={progress.sent}
              max={progress.total}
              label={text.progress(percent, formatBytes(progress.sent), formatBytes(progress.total))}
            />
            <span className="small">{progress.fileName}</span>
            <button type="button" className="button-secondary" onClick={() => handle.current?.cancel()}>
              {text.cancel}
            </button>
          </div>
        ) : (
          <>
            <span aria-hidden="true">{text.drop}</span>
            <span className="muted" aria-hidden="true">
              {text.or}
            </span>
            <input
              ref={input}
              id={inputId}
              type="file"
              className="file-input"
              aria-label={text.chooseLabel(proofCode)}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) send(file);
              }}
            />
            <label htmlFor={inputId} className="button button-secondary file-button">
              {hasVersions ? text.chooseAgain : text.choose}
            </label>
          </>
        )}
      </div>
      {outcome &&
        (outcome.tone === 'error' ? (
          <div className="banner banner-error" role="alert">
            <p>{outcome.text}</p>
          </div>
        ) : (
          <Notice tone={outcome.tone === 'success' ? 'success' : 'info'}>{outcome.text}</Notice>
        ))}
    </div>
  );
}
