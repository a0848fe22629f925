import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { ErrorBanner, Loading } from '../components/feedback';
import { useAction } from '../hooks/use-api';
import { t } from '../i18n';
import { AuthCard, OneTimeCodeField } from './auth-card';
import { session } from './session-store';

/** The QR code is drawn as SVG in the browser: the secret never leaves the page. */
function QrCode({ text }: { text: string }) {
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    let live = true;
    void import('uqr').then(({ renderSVG }) => {
      if (live) setSvg(renderSVG(text, { border: 2 }));
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (!svg) return <Loading />;
  return <div className="qr" role="img" aria-label={t.auth.enrolQrLabel} dangerouslySetInnerHTML={{ __html: svg }} />;
}

export function TotpEnrolmentPage() {
  const [enrolment, setEnrolment] = useState<Schemas['TotpEnrollmentDto']>();
  const [code, setCode] = useState('');
  const start = useAction(async () => setEnrolment(unwrap(await api.POST('/api/v1/auth/totp/enroll'))));
  const activate = useAction(async () => {
    unwrap(await api.POST('/api/v1/auth/totp/activate', { body: { code } }));
    // The session's user now has two-factor authentication: fetch it again.
    await session.refresh();
  });

  // Enrol once when the page opens: a second enrolment would replace the secret just shown.
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void start.run();
  }, [start]);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void activate.run();
  };

  return (
    <AuthCard title={t.auth.enrolTitle} wide>
      <p>{t.auth.enrolIntro}</p>
      <ErrorBanner error={start.error ?? activate.error} />
      {!enrolment ? (
        <Loading />
      ) : (
        <>
          <QrCode text={enrolment.otpauthUrl} />
          <p className="muted">{t.auth.enrolSecret}</p>
          <p>
            <code className="secret" data-testid="totp-secret">
              {enrolment.secret}
            </code>
          </p>
          <h2>{t.auth.enrolRecoveryTitle}</h2>
          <p className="muted">{t.auth.enrolRecoveryIntro}</p>
          <ul className="recovery-codes">
            {enrolment.recoveryCodes.map((recovery) => (
              <li key={recovery}>
                <code>{recovery}</code>
              </li>
            ))}
          </ul>
          <form onSubmit={submit} className="form">
            <OneTimeCodeField label={t.auth.enrolCodeLabel} value={code} onValue={setCode} />
            <button type="submit" className="button-primary" disabled={activate.pending}>
              {t.auth.enrolActivate}
            </button>
          </form>
        </>
      )}
    </AuthCard>
  );
}
