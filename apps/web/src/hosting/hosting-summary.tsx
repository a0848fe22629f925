import type { Schemas } from '../api/client';
import { Notice } from '../components/feedback';
import { WideTable } from '../components/table';
import { formatDate, formatDateTime, t } from '../i18n';

export type Hosting = Schemas['HostingDto'];
export type DossierHosting = Schemas['DossierHostingDto'];

const STATE_CHIP: Record<Hosting['state'], string> = {
  undeclared: 'chip-required',
  exempt: 'chip-ok',
  compliant: 'chip-ok',
  warning: 'chip-required',
  blocking: 'chip-warn',
};

const COVERAGE_CHIP: Record<string, string> = {
  valid: 'chip-ok',
  expiring: 'chip-required',
  expired: 'chip-warn',
  not_yet_valid: 'chip-warn',
  missing: 'chip-warn',
};

export function HostingStateChip({ state }: { state: Hosting['state'] }) {
  return (
    <span className={`chip ${STATE_CHIP[state]}`} data-testid="hosting-state" data-state={state}>
      {t.hosting.states[state]}
    </span>
  );
}

function IssueMessages({ issues }: { issues: Hosting['issues'] }) {
  return (
    <ul>
      {issues.map((issue, index) => (
        <li key={index}>{issue.message}</li>
      ))}
    </ul>
  );
}

/**
 * A product's HDS hosting as it stands today: hosts, their activities and certificates, the
 * coverage of each activity, certificates to renew within 90 days, and what blocks a submission.
 * `required`: for a dossier, whether its référentiel requires HDS hosting (undefined on the product).
 */
export function HostingSummary({
  hosting,
  required,
  requirementCodes = [],
}: {
  hosting: Hosting;
  required?: boolean;
  requirementCodes?: string[];
}) {
  const text = t.hosting;
  const current = hosting.current;
  const warnings = hosting.issues.filter((issue) => !issue.blocking);
  const blockers = hosting.issues.filter((issue) => issue.blocking);
  const blocksHere = required !== false;
  return (
    <div className="hosting-summary" data-testid="hosting-summary">
      <p>
        {text.stateLabel} : <HostingStateChip state={hosting.state} />
        {current && <span className="muted small"> — {text.recordedAt(formatDateTime(current.recordedAt))}</span>}
      </p>
      {required !== undefined && (
        <p data-testid="hosting-required">
          {required ? text.requiredYes(requirementCodes.join(', ')) : text.requiredNo}
        </p>
      )}
      {!current && (
        <Notice tone={required ? 'warning' : 'info'}>
          {text.undeclared} {required && text.blockingDossier}
        </Notice>
      )}
      {current?.exemption && (
        <div data-testid="hosting-exemption">
          <p>
            <strong>{text.exempted(text.exemptionCases[current.exemption.case])}</strong>
          </p>
          <blockquote className="justification">{current.exemption.justification}</blockquote>
        </div>
      )}
      {blockers.length > 0 && (
        <div className="banner banner-error" role="alert" data-testid="hosting-blockers">
          <p>
            <strong>{text.blockers}</strong> — {required === undefined ? text.blockingProduct : ''}
            {required === true ? text.blockingDossier : ''}
          </p>
          <IssueMessages issues={blockers} />
        </div>
      )}
      {warnings.length > 0 && (
        <div className="banner banner-warning" role="status" data-testid="hosting-warnings">
          <p>
            <strong>{text.warnings}</strong>
          </p>
          <IssueMessages issues={warnings} />
        </div>
      )}
      {current && current.hosts.length > 0 && (
        <>
          <h3>{text.hostsLabel}</h3>
          <ul className="hosting-hosts">
            {current.hosts.map((host, index) => (
              <li key={index} className="card" data-testid="hosting-host">
                <h4>{host.name}</h4>
                <p className="small">{host.activities.map((activity) => text.activities[activity]).join(' · ')}</p>
                {host.certificates.length === 0 ? (
                  <p className="muted small">{text.noCertificate}</p>
                ) : (
                  <ul className="small" aria-label={text.certificatesOf(host.name)}>
                    {host.certificates.map((certificate, position) => (
                      <li key={position}>
                        {text.certificateTypes[certificate.type]} :{' '}
                        {text.certificateLine(
                          certificate.number,
                          certificate.body,
                          formatDate(certificate.validFrom),
                          formatDate(certificate.validTo),
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <WideTable
            className="dossier-table"
            aria-label={text.coverageLabel}
            labels={[text.coverageHost, text.coverageActivity, text.coverageCertificate, text.coverageState]}
          >
            {hosting.coverage.map((row, index) => (
              <tr key={index} data-testid="hosting-coverage" data-state={row.state}>
                <td>{row.host}</td>
                <td>{text.activities[row.activity]}</td>
                <td>{row.certificateNumber ?? '—'}</td>
                <td>
                  <span className={`chip ${COVERAGE_CHIP[row.state] ?? ''}`}>
                    {text.coverageStates[row.state]}
                    {row.state === 'expired' && blocksHere ? ` — ${t.hosting.states.blocking}` : ''}
                  </span>
                </td>
              </tr>
            ))}
          </WideTable>
        </>
      )}
    </div>
  );
}
