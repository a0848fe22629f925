import type { ReactNode } from 'react';
import { TextField } from '../components/fields';
import { t } from '../i18n';

/** The page around the steps before the app: signing in, enrolling a TOTP, the return from a provider. */
export function AuthCard({
  title,
  brand = false,
  wide = false,
  children,
}: {
  title: ReactNode;
  /** The app's name above the title. */
  brand?: boolean;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <main id="main" className="sign-in">
      <div className={wide ? 'sign-in-card wide' : 'sign-in-card'}>
        {brand && (
          <p className="brand" aria-hidden="true">
            {t.common.appName}
          </p>
        )}
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

/** The code of an authenticator app (or a recovery code), without the spaces a copy brings. */
export function OneTimeCodeField({
  label,
  value,
  onValue,
  hint,
  autoFocus,
}: {
  label: string;
  value: string;
  onValue: (code: string) => void;
  hint?: string;
  autoFocus?: boolean;
}) {
  return (
    <TextField
      label={label}
      hint={hint}
      inputMode="numeric"
      autoComplete="one-time-code"
      required
      value={value}
      onValue={(code) => onValue(code.trim())}
      autoFocus={autoFocus}
    />
  );
}
