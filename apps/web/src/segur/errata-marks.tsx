import { useId } from 'react';
import type { Schemas } from '../api/client';
import { formatDay, t } from '../i18n';

type Scenario = Schemas['DossierScenarioDto'];
type ScenarioErratum = Schemas['ScenarioErratumDto'];

const errataOf = (scenario: Pick<Scenario, 'errata'>): ScenarioErratum[] => scenario.errata ?? [];

/** The erratum that withdrew the scenario's requirement (or the scenario), if one is in force. */
export const withdrawalOf = (scenario: Pick<Scenario, 'errata'>): ScenarioErratum | undefined =>
  errataOf(scenario).find((erratum) => erratum.kind === 'requirement_withdrawn');

const dated = (erratum: ScenarioErratum): string => (erratum.effectiveFrom ? formatDay(erratum.effectiveFrom) : '—');

/**
 * The mark a scenario carries in the tree: « Retirée par l'erratum du 05/01/2026 » when an erratum
 * withdrew it (the API then counts it neither applicable nor missing), « Preuve alternative admise »
 * when one offers another way to prove it. Clarifications show in the detail only.
 */
export function ErratumTreeMark({ scenario }: { scenario: Pick<Scenario, 'errata'> }) {
  const text = t.segur.errata;
  const withdrawal = withdrawalOf(scenario);
  if (withdrawal)
    return (
      <span className="chip chip-erratum" data-testid="erratum-mark">
        {text.withdrawnMark(dated(withdrawal))}
      </span>
    );
  if (errataOf(scenario).some((erratum) => erratum.kind === 'alternative_proof'))
    return (
      <span className="chip chip-erratum" data-testid="erratum-mark">
        {text.alternativeMark}
      </span>
    );
  return null;
}

/** The proofs an alternative-proof erratum added (case `erratum-N`, the N-th such erratum of the scenario). */
function alternativeProofs(scenario: Scenario, erratum: ScenarioErratum): Scenario['proofs'] {
  const rank = errataOf(scenario)
    .filter((entry) => entry.kind === 'alternative_proof')
    .findIndex((entry) => entry.id === erratum.id);
  return scenario.proofs.filter((proof) => proof.cases?.includes(`erratum-${rank + 1}`));
}

function ErratumNote({ scenario, erratum }: { scenario: Scenario; erratum: ScenarioErratum }) {
  const text = t.segur.errata;
  const heading = erratum.builtIn ? text.builtIn : (text.heading[erratum.kind]?.(dated(erratum)) ?? erratum.kind);
  const added = erratum.kind === 'alternative_proof' ? alternativeProofs(scenario, erratum) : [];
  const planned = scenario.proofs.filter((proof) => proof.cases?.includes('referentiel')).map((proof) => proof.code);
  return (
    <li className={`erratum erratum-${erratum.kind}`} data-testid="erratum-note">
      <p>
        <strong>{heading}</strong>
      </p>
      <p>{erratum.text}</p>
      {erratum.kind === 'requirement_withdrawn' && <p className="small">{text.withdrawnHint}</p>}
      {erratum.kind === 'reference_replaced' && erratum.replaced && erratum.replacement && (
        <p className="small">{text.replaced(erratum.replaced, erratum.replacement)}</p>
      )}
      {added.length > 0 && (
        <p className="small">
          {text.alternative(
            planned.join(', ') || '—',
            added.map((proof) => `${proof.code} « ${proof.title} »`).join(', '),
          )}
        </p>
      )}
      <p className="muted small">{text.source(erratum.source)}</p>
    </li>
  );
}

/**
 * What amends or clarifies a scenario, for the vendor and the reviewer alike: the errata in force
 * (dated, with their source) and the clarifications the référentiel carries (the DMN FAQ's).
 */
export function ErratumNotes({ scenario }: { scenario: Scenario }) {
  const id = useId();
  const errata = errataOf(scenario);
  if (errata.length === 0) return null;
  return (
    <section className="errata-notes" aria-labelledby={id}>
      <h3 id={id}>{t.segur.errata.title}</h3>
      <ul>
        {errata.map((erratum, index) => (
          <ErratumNote key={erratum.id ?? `built-in-${index}`} scenario={scenario} erratum={erratum} />
        ))}
      </ul>
    </section>
  );
}
