import { t } from '../i18n';

/** The FHIR log pre-check of one evidence version (shape: FhirLogFindings in libs/domain). */
interface FhirFindings {
  analysed?: boolean;
  requests?: number;
  fhirRequests?: number;
  callTypes?: { full: number; delta: number; unitary: number };
  allIdentifiersValid?: boolean;
  identifiers?: { value: string; type: string; valid: boolean; reason?: string }[];
  timestamped?: boolean;
  deltaWithinThirtyDays?: boolean | null;
  notes?: string[];
}

function Check({ ok, yes, no }: { ok: boolean; yes: string; no: string }) {
  return (
    <li className={ok ? 'finding finding-ok' : 'finding finding-warn'}>
      <span aria-hidden="true">{ok ? '✓' : '!'}</span> {ok ? yes : no}
    </li>
  );
}

/** Automated pre-check findings, informative only: shown to vendors and reviewers alike. */
export function Findings({ findings }: { findings: Record<string, unknown> }) {
  const f = findings as FhirFindings;
  const text = t.vendor.findings;
  return (
    <section className="findings" aria-label={text.title}>
      <h5>{text.title}</h5>
      <ul>
        {f.analysed === false && <li>{text.notAnalysed}</li>}
        {typeof f.requests === 'number' && <li>{text.requests(f.requests, f.fhirRequests ?? 0)}</li>}
        {f.callTypes && <li>{text.callTypes(f.callTypes.full, f.callTypes.delta, f.callTypes.unitary)}</li>}
        {typeof f.allIdentifiersValid === 'boolean' && (
          <Check ok={f.allIdentifiersValid} yes={text.identifiersValid} no={text.identifiersInvalid} />
        )}
        {(f.identifiers ?? [])
          .filter((identifier) => !identifier.valid)
          .map((identifier) => (
            <li key={identifier.value} className="finding finding-warn">
              {text.invalidIdentifier(identifier.type.toUpperCase(), identifier.value, identifier.reason)}
            </li>
          ))}
        {typeof f.timestamped === 'boolean' && (
          <Check ok={f.timestamped} yes={text.timestamped} no={text.notTimestamped} />
        )}
        {typeof f.deltaWithinThirtyDays === 'boolean' && (
          <Check ok={f.deltaWithinThirtyDays} yes={text.deltaOk} no={text.deltaTooOld} />
        )}
      </ul>
      {f.notes && f.notes.length > 0 && (
        <details className="small">
          <summary>{text.details}</summary>
          <ul>
            {f.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="muted small">{text.hint}</p>
    </section>
  );
}
