import { useState } from 'react';
import { ApiError, api, unwrap, type Schemas } from '../api/client';
import { Dialog } from '../components/dialog';
import { ErrorBanner, Loading } from '../components/feedback';
import { useAction } from '../hooks/use-api';
import { t } from '../i18n';
import { Link } from '../router';

type Missing = Schemas['MissingItemDto'];
type Result = Schemas['SubmissionResultDto'];

function MissingList({
  missing,
  hrefFor,
  titleOf,
  onFollow,
}: {
  missing: Missing[];
  hrefFor: (code: string) => string;
  titleOf: (code: string) => string | undefined;
  onFollow: () => void;
}) {
  const text = t.vendor.submit;
  return (
    <ul className="missing-list">
      {missing.map((item) => (
        <li key={`${item.scenario}|${item.proof ?? ''}|${item.declaration ? 'd' : ''}`}>
          <Link to={hrefFor(item.scenario)} onClick={onFollow}>
            {item.scenario}
          </Link>{' '}
          {titleOf(item.scenario) && <span className="muted">({titleOf(item.scenario)})</span>} —{' '}
          {item.declaration ? text.missingDeclaration : text.missingProof(item.proof ?? '')}
        </li>
      ))}
    </ul>
  );
}

/**
 * Submission in two steps: the dialog first lists what is missing (GET /completeness), and
 * offers the confirmation only once the dossier is complete.
 */
export function SubmitButton({
  dossierId,
  resubmission,
  hrefFor,
  titleOf,
  onSubmitted,
}: {
  dossierId: string;
  resubmission: boolean;
  hrefFor: (code: string) => string;
  titleOf: (code: string) => string | undefined;
  onSubmitted: (result: Result) => void;
}) {
  const text = t.vendor.submit;
  const [open, setOpen] = useState(false);
  const [report, setReport] = useState<Schemas['CompletenessReportDto']>();
  const [refused, setRefused] = useState<Missing[]>();
  const check = useAction(async () =>
    unwrap(await api.GET('/api/v1/dossiers/{id}/completeness', { params: { path: { id: dossierId } } })),
  );
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<ApiError>();

  const start = async () => {
    setOpen(true);
    setReport(undefined);
    setRefused(undefined);
    setSubmitError(undefined);
    const result = await check.run();
    if (result) setReport(result);
  };
  const confirm = async () => {
    setSubmitting(true);
    setSubmitError(undefined);
    try {
      const result = unwrap(await api.POST('/api/v1/dossiers/{id}/submit', { params: { path: { id: dossierId } } }));
      setOpen(false);
      onSubmitted(result);
    } catch (failure) {
      const error = failure instanceof ApiError ? failure : new ApiError(0, 'NETWORK_ERROR', t.common.unknownError);
      // A 422 names what is missing (something changed since the check).
      if (error.code === 'DOSSIER_INCOMPLETE') {
        setRefused((error.details as { missing?: Missing[] } | undefined)?.missing ?? []);
      } else setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  };
  const missing = refused ?? report?.missing ?? [];
  const complete = report?.complete === true && !refused;

  return (
    <>
      <button type="button" className="button-primary" onClick={() => void start()}>
        {resubmission ? text.resubmit : text.button}
      </button>
      <Dialog open={open} title={text.title} onClose={() => setOpen(false)}>
        {check.pending && <Loading label={text.checking} />}
        <ErrorBanner error={check.error} onRetry={() => void start()} />
        {refused && (
          <div className="banner banner-error" role="alert">
            <p>{text.refused}</p>
          </div>
        )}
        {(report || refused) && !complete && (
          <div role="status">
            <p>{text.incomplete(missing.length)}</p>
            <MissingList missing={missing} hrefFor={hrefFor} titleOf={titleOf} onFollow={() => setOpen(false)} />
          </div>
        )}
        {complete && <p role="status">{text.complete}</p>}
        <ErrorBanner error={submitError} />
        <div className="page-actions dialog-actions">
          <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
            {t.common.cancel}
          </button>
          {complete && (
            <button type="button" className="button-primary" disabled={submitting} onClick={() => void confirm()}>
              {text.confirm}
            </button>
          )}
        </div>
      </Dialog>
    </>
  );
}
