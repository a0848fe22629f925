import type { Schemas } from '../api/client';
import { underChangeRequest } from '../dossier/editability';
import { t } from '../i18n';
import { Link } from '../router';

type Dossier = Schemas['DossierDto'];

/** After a change request: the scenarios to rework, each with the reviewer's comment. */
export function ChangeRequestsBanner({ dossier, hrefFor }: { dossier: Dossier; hrefFor: (code: string) => string }) {
  const text = t.vendor.changes;
  if (dossier.status !== 'changes_requested') return null;
  const flagged = dossier.scenarios.filter(underChangeRequest);
  return (
    <section className="banner banner-warning change-requests" aria-labelledby="change-requests-title">
      <h2 id="change-requests-title">{text.title}</h2>
      <p>{text.intro(dossier.round)}</p>
      <ul>
        {flagged.map((scenario) => (
          <li key={scenario.code}>
            <Link to={hrefFor(scenario.code)}>
              <strong>{scenario.code}</strong> {scenario.title}
            </Link>
            <p className="small">{scenario.verdictComment || text.noComment}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
