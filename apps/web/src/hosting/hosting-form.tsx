import { type FormEvent, useId, useState } from 'react';
import { api, unwrap, type ApiError, type Schemas } from '../api/client';
import { ErrorBanner } from '../components/feedback';
import { ChoiceLabel, choicesOf, RadioFieldset, Field, SelectField, TextField } from '../components/fields';
import { useAction } from '../hooks/use-api';
import { t } from '../i18n';
import type { Hosting } from './hosting-summary';

type Host = Schemas['HdsHostDto'];
type Certificate = Schemas['HdsCertificateDto'];
type Exemption = Schemas['HdsExemptionDto'];
type Activity = Host['activities'][number];

const ACTIVITIES: Activity[] = [1, 2, 3, 4, 5, 6];
const TYPES: Certificate['type'][] = ['physical_infrastructure', 'managed_services'];
const MODES = ['hosts', 'exemption'] as const;
/** The certificate's text and date fields, in the form's order. */
const CERTIFICATE_FIELDS = [
  { key: 'number', label: t.hosting.certificateNumber, type: undefined },
  { key: 'body', label: t.hosting.certificateBody, type: undefined },
  { key: 'validFrom', label: t.hosting.validFrom, type: 'date' },
  { key: 'validTo', label: t.hosting.validTo, type: 'date' },
] as const;
const CASES: Exemption['case'][] = [
  'ght_co_responsible',
  'health_insurer_reimbursement',
  'research_not_for_care',
  'disabled_sport_association',
];

const emptyCertificate = (): Certificate => ({
  type: 'managed_services',
  number: '',
  body: '',
  validFrom: '',
  validTo: '',
});
const emptyHost = (): Host => ({ name: '', activities: [], certificates: [emptyCertificate()] });

type Problem =
  | { kind: 'certificate_dates'; host: number; certificate: number; validFrom: string; validTo: string }
  | { kind: 'exemption_with_hosts' }
  | { kind: 'nothing_declared' }
  | { kind: 'duplicate_activity'; host: number; activity: number }
  | { kind: 'certificate_type_unused'; host: number; certificate: number };

/** The problems a 400 names (`details.problems`), in French and counted from 1 as the form shows them. */
export function problemLines(error: ApiError | undefined): string[] {
  const details = error?.details as { problems?: unknown[] } | undefined;
  const text = t.hosting.problems;
  return (details?.problems ?? []).flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const problem = entry as Problem;
    switch (problem.kind) {
      case 'certificate_dates':
        return [text.certificate_dates(problem.host + 1, problem.certificate + 1, problem.validFrom, problem.validTo)];
      case 'exemption_with_hosts':
        return [text.exemption_with_hosts];
      case 'nothing_declared':
        return [text.nothing_declared];
      case 'duplicate_activity':
        return [text.duplicate_activity(problem.host + 1, problem.activity)];
      case 'certificate_type_unused':
        return [text.certificate_type_unused(problem.host + 1, problem.certificate + 1)];
      default:
        return [];
    }
  });
}

/** The vendor's declaration form: hosts with activities and certificates, or an exemption. */
export function HostingForm({
  productId,
  hosting,
  onSaved,
  onCancel,
}: {
  productId: string;
  hosting: Hosting;
  onSaved: (hosting: Hosting) => void;
  onCancel?: () => void;
}) {
  const text = t.hosting;
  const id = useId();
  const current = hosting.current;
  const [mode, setMode] = useState<'hosts' | 'exemption'>(current?.exemption ? 'exemption' : 'hosts');
  const [hosts, setHosts] = useState<Host[]>(
    current && current.hosts.length > 0 ? structuredClone(current.hosts) : [emptyHost()],
  );
  const [exemption, setExemption] = useState<Exemption>(
    current?.exemption ?? { case: 'research_not_for_care', justification: '' },
  );
  const save = useAction(async () =>
    unwrap(
      await api.PUT('/api/v1/products/{id}/hosting', {
        params: { path: { id: productId } },
        body: mode === 'hosts' ? { hosts } : { hosts: [], exemption },
      }),
    ),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save.run();
    if (saved) onSaved(saved);
  };
  const setHost = (index: number, change: Partial<Host>) =>
    setHosts(hosts.map((host, position) => (position === index ? { ...host, ...change } : host)));
  const setCertificate = (hostIndex: number, index: number, change: Partial<Certificate>) =>
    setHost(hostIndex, {
      certificates: hosts[hostIndex].certificates.map((certificate, position) =>
        position === index ? { ...certificate, ...change } : certificate,
      ),
    });
  const toggleActivity = (hostIndex: number, activity: Activity, on: boolean) => {
    const activities = hosts[hostIndex].activities.filter((entry) => entry !== activity);
    setHost(hostIndex, { activities: on ? [...activities, activity].sort() : activities });
  };
  const problems = problemLines(save.error);

  return (
    <form className="form card hosting-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text.formTitle}</h2>
      <RadioFieldset
        legend={text.mode}
        name={`${id}-mode`}
        values={MODES}
        value={mode}
        onValue={setMode}
        label={(entry) => (entry === 'hosts' ? text.modeHosts : text.modeExemption)}
      />

      {mode === 'hosts' &&
        hosts.map((host, hostIndex) => (
          <fieldset key={hostIndex} className="hosting-host-fields" data-testid="host-fields">
            <legend>{text.hostLegend(hostIndex + 1)}</legend>
            <TextField
              label={text.hostName}
              value={host.name}
              required
              onValue={(name) => setHost(hostIndex, { name })}
            />
            <fieldset>
              <legend>{text.hostActivities}</legend>
              {ACTIVITIES.map((activity) => (
                <ChoiceLabel
                  key={activity}
                  type="checkbox"
                  checked={host.activities.includes(activity)}
                  onChange={(event) => toggleActivity(hostIndex, activity, event.target.checked)}
                >
                  {' '}
                  {text.activities[activity]}
                </ChoiceLabel>
              ))}
            </fieldset>
            {host.certificates.map((certificate, index) => (
              <fieldset key={index} className="hosting-certificate" data-testid="certificate-fields">
                <legend>{text.certificateLegend(hostIndex + 1, index + 1)}</legend>
                <SelectField
                  label={text.certificateType}
                  value={certificate.type}
                  choices={choicesOf(TYPES, (type) => text.certificateTypes[type])}
                  onValue={(type) => setCertificate(hostIndex, index, { type: type as Certificate['type'] })}
                />
                {CERTIFICATE_FIELDS.map((field) => (
                  <TextField
                    key={field.key}
                    label={field.label}
                    type={field.type}
                    value={certificate[field.key]}
                    required
                    onValue={(value) => setCertificate(hostIndex, index, { [field.key]: value })}
                  />
                ))}
                <button
                  type="button"
                  className="button-ghost"
                  onClick={() =>
                    setHost(hostIndex, {
                      certificates: host.certificates.filter((_, position) => position !== index),
                    })
                  }
                >
                  {text.removeCertificate(hostIndex + 1, index + 1)}
                </button>
              </fieldset>
            ))}
            <div className="page-actions">
              <button
                type="button"
                className="button-secondary"
                onClick={() => setHost(hostIndex, { certificates: [...host.certificates, emptyCertificate()] })}
              >
                {text.addCertificate(hostIndex + 1)}
              </button>
              {hosts.length > 1 && (
                <button
                  type="button"
                  className="button-ghost"
                  onClick={() => setHosts(hosts.filter((_, position) => position !== hostIndex))}
                >
                  {text.removeHost(hostIndex + 1)}
                </button>
              )}
            </div>
          </fieldset>
        ))}
      {mode === 'hosts' && (
        <div>
          <button type="button" className="button-secondary" onClick={() => setHosts([...hosts, emptyHost()])}>
            {text.addHost}
          </button>
        </div>
      )}

      {mode === 'exemption' && (
        <>
          <SelectField
            label={text.exemptionCase}
            value={exemption.case}
            choices={choicesOf(CASES, (entry) => text.exemptionCases[entry])}
            onValue={(entry) => setExemption({ ...exemption, case: entry as Exemption['case'] })}
          />
          <Field label={text.exemptionJustification}>
            <textarea
              value={exemption.justification}
              required
              onChange={(event) => setExemption({ ...exemption, justification: event.target.value })}
            />
          </Field>
        </>
      )}

      <ErrorBanner error={save.error} />
      {problems.length > 0 && (
        <ul className="field-error" data-testid="hosting-problems">
          {problems.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      <div className="page-actions">
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {text.cancel}
          </button>
        )}
        <button type="submit" className="button-primary" disabled={save.pending}>
          {text.save}
        </button>
      </div>
    </form>
  );
}
