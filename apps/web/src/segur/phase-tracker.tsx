import { t } from '../i18n';

export const PHASES = ['administrative', 'proofs', 'referenced'] as const;

/** The three phases of a Ségur dossier (administratif → preuves → référencement), the current one marked. */
export function PhaseTracker({ phase }: { phase: string }) {
  const text = t.segur.tracker;
  const current = Math.max(0, PHASES.indexOf(phase as (typeof PHASES)[number]));
  return (
    <nav className="phase-tracker card" aria-label={text.label}>
      <ol>
        {PHASES.map((step, index) => {
          // The last phase, once reached, is done: the référencement is granted.
          const state =
            index < current || (index === current && step === 'referenced')
              ? 'done'
              : index === current
                ? 'current'
                : 'upcoming';
          return (
            <li
              key={step}
              className={`phase phase-${state}`}
              aria-current={index === current ? 'step' : undefined}
              data-phase={step}
            >
              <span className="phase-number" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="phase-label">
                <span className="visually-hidden">{text.step(index + 1)} : </span>
                {t.segur.phase[step]}
                <span className="visually-hidden"> ({text[state]})</span>
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
