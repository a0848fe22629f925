import { t } from '../i18n';
// The pre-check notes are codes with parameters; their French words live beside the codes.
import { renderStoredNoteFr } from '../../../../libs/domain/src/prechecks/notes-fr';

/** The FHIR log pre-check of one evidence version (shape: FhirLogFindings in libs/domain). */
interface FhirFindings {
  analysed?: boolean;
  requests?: number;
  fhirRequests?: number;
  callTypes?: { full: number; delta: number; unitary: number };
  allIdentifiersValid?: boolean;
  identifiers?: {
    value: string;
    type?: string;
    valid?: boolean;
    reason?: string;
    oid?: string | null;
    kind?: string;
  }[];
  timestamped?: boolean;
  deltaWithinThirtyDays?: boolean | null;
  /** Ségur proofs: `hl7v2`, `xdm` or `cda` (FHIR log findings have none). */
  check?: string;
  messages?: unknown[];
  documents?: unknown[];
  submissionSets?: unknown[];
  insUnqualified?: number;
  /** Coded notes ({ code, params }); findings stored before the codes carry French sentences. */
  notes?: unknown[];
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
  if (f.check === 'hl7v2' || f.check === 'xdm' || f.check === 'cda') return <ProofFindings f={f} />;
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
              {text.invalidIdentifier((identifier.type ?? '').toUpperCase(), identifier.value, identifier.reason)}
            </li>
          ))}
        {typeof f.timestamped === 'boolean' && (
          <Check ok={f.timestamped} yes={text.timestamped} no={text.notTimestamped} />
        )}
        {typeof f.deltaWithinThirtyDays === 'boolean' && (
          <Check ok={f.deltaWithinThirtyDays} yes={text.deltaOk} no={text.deltaTooOld} />
        )}
      </ul>
      <Notes notes={f.notes} />
      <p className="muted small">{text.hint}</p>
    </section>
  );
}

/** The notes of an analysis, folded. */
function Notes({ notes }: { notes: unknown[] | undefined }) {
  if (!notes || notes.length === 0) return null;
  return (
    <details className="small">
      <summary>{t.vendor.findings.details}</summary>
      <ul>
        {notes.map((note, index) => (
          <li key={index}>{renderStoredNoteFr(note)}</li>
        ))}
      </ul>
    </details>
  );
}

/** An HL7 v2 message, an IHE XDM archive or a CDA document: its patient identifiers and the INS rule. */
function ProofFindings({ f }: { f: FhirFindings }) {
  const text = t.vendor.findings;
  const identifiers = f.identifiers ?? [];
  const cda = f.notes?.filter((note) => (note as { code?: string }).code === 'cda.summary').length ?? 0;
  return (
    <section className="findings" aria-label={text.title}>
      <h5>{text.title}</h5>
      <ul>
        {f.analysed === false && <li>{text.notAnalysed}</li>}
        {f.check === 'hl7v2' && f.messages && <li>{text.messages(f.messages.length)}</li>}
        {f.check === 'xdm' && f.documents && <li>{text.documents(f.documents.length, cda)}</li>}
        {typeof f.insUnqualified === 'number' && (
          <Check ok={f.insUnqualified === 0} yes={text.insOk} no={text.insUnqualified(f.insUnqualified)} />
        )}
      </ul>
      {identifiers.length > 0 && (
        <>
          <h6>{text.patientIdentifiers}</h6>
          <ul className="small">
            {identifiers.map((identifier, index) => (
              <li key={index}>
                {text.identifier(identifier.value, identifier.oid ?? null, (identifier.kind ?? 'other') !== 'other')}
              </li>
            ))}
          </ul>
        </>
      )}
      <Notes notes={f.notes} />
      <p className="muted small">{text.hint}</p>
    </section>
  );
}
