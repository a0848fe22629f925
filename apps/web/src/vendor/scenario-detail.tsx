import { useState } from 'react';
import type { Schemas } from '../api/client';
import { Notice } from '../components/feedback';
import { ScenarioStatusChip, scenarioStatus } from '../components/status';
import { CommentThread } from '../dossier/comment-thread';
import { scenarioOpen, underChangeRequest } from '../dossier/editability';
import { EvidencePreview } from '../dossier/evidence-preview';
import { EvidenceVersions } from '../dossier/evidence-versions';
import { scenarioIndex, type Referential } from '../dossier/referential-cache';
import { t } from '../i18n';
import { Link } from '../router';
import { ErratumNotes } from '../segur/errata-marks';
import { DeclarationSection } from './declaration-form';
import { ProofUpload } from './proof-upload';

type Dossier = Schemas['DossierDto'];
type Scenario = Schemas['DossierScenarioDto'];
type Proof = Schemas['DossierProofDto'];

function ProofItem({
  dossierId,
  proof,
  description,
  open,
  onChanged,
}: {
  dossierId: string;
  proof: Proof;
  description: string | undefined;
  open: boolean;
  onChanged: () => void;
}) {
  const text = t.vendor.scenario;
  const [previewing, setPreviewing] = useState(false);
  const latest = proof.evidence.reduce<Proof['evidence'][number] | undefined>(
    (newest, item) => (newest && newest.version > item.version ? newest : item),
    undefined,
  );
  return (
    <li className="proof card">
      <div className="proof-head">
        <h4>
          <span className="tree-code">{proof.code}</span> {proof.title}
        </h4>
        <span className={proof.required ? 'chip chip-required' : 'chip'}>
          {proof.required ? text.required : text.optional}
        </span>
      </div>
      {proof.reason && <p className="small muted">{proof.reason}</p>}
      {description && <p className="small">{description}</p>}
      <p className="small">
        {text.kindsLabel} : {proof.kinds.map((kind) => text.kinds[kind] ?? kind).join(', ')}
      </p>
      {open && (
        <ProofUpload
          dossierId={dossierId}
          proofCode={proof.code}
          hasVersions={proof.evidence.length > 0}
          onUploaded={onChanged}
        />
      )}
      {latest && (
        <details className="proof-preview" onToggle={(event) => setPreviewing(event.currentTarget.open)}>
          <summary>{text.preview}</summary>
          {previewing && <EvidencePreview key={latest.id} evidence={latest} />}
        </details>
      )}
      <EvidenceVersions evidence={proof.evidence} />
    </li>
  );
}

/** Everything about one scenario: why it applies, what it expects, the files, declaration and thread. */
export function ScenarioDetail({
  dossier,
  scenario,
  referential,
  productName,
  closeHref,
  currentUserId,
  onChanged,
}: {
  dossier: Dossier;
  scenario: Scenario;
  referential: Referential;
  productName: string;
  closeHref: string;
  currentUserId: string;
  onChanged: () => void;
}) {
  const text = t.vendor.scenario;
  const entry = scenarioIndex(referential).get(scenario.code);
  const open = scenarioOpen(dossier, scenario);
  const questionLabel = new Map(referential.questions.map((question) => [question.key, question.label]));
  const proofDescription = new Map((entry?.scenario.proofs ?? []).map((proof) => [proof.code, proof.description]));
  const showProofs = scenario.applicable || scenario.proofs.some((proof) => proof.evidence.length > 0);
  const locked = !open && dossier.round > 1 && dossier.status === 'changes_requested';

  return (
    <article className="scenario-detail card" aria-labelledby="scenario-title">
      <header className="scenario-detail-head">
        <div>
          <p className="muted small">
            {text.requirement} {scenario.requirementCode}
            {entry && ` — ${entry.requirement.title}`} {entry && `(${entry.requirement.nature})`}
          </p>
          <h2 id="scenario-title" tabIndex={-1}>
            <span className="tree-code">{scenario.code}</span> {scenario.title}
          </h2>
          <ScenarioStatusChip status={scenarioStatus(scenario)} />
        </div>
        <Link to={closeHref} className="button button-ghost">
          {text.close}
        </Link>
      </header>

      {underChangeRequest(scenario) && (
        <div className="banner banner-warning">
          <p>
            <strong>{text.verdict} :</strong> {scenario.verdictComment || t.vendor.changes.noComment}
          </p>
        </div>
      )}
      {locked && <Notice>{text.locked}</Notice>}

      {entry?.scenario.description && <p>{entry.scenario.description}</p>}

      <h3>{text.reasons}</h3>
      <ul className="reasons">
        {scenario.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>

      {scenario.pendingQuestions.length > 0 && (
        <div className="banner banner-warning">
          <p>
            <strong>{text.pendingQuestions}</strong> — {text.pendingHint}
          </p>
          <ul>
            {scenario.pendingQuestions.map((key) => (
              <li key={key}>{questionLabel.get(key) ?? key}</li>
            ))}
          </ul>
        </div>
      )}

      {/* Errata in force and the référentiel's own clarifications (the DMN FAQ's), with their source. */}
      <ErratumNotes scenario={scenario} />

      {scenario.declarationRequired && (
        <DeclarationSection
          key={scenario.code}
          dossierId={dossier.id}
          scenarioCode={scenario.code}
          declaration={scenario.declaration as never}
          canSign={open}
          productName={productName}
          referentialTitle={referential.title}
          onSigned={onChanged}
        />
      )}

      {showProofs ? (
        <section>
          <h3>{text.proofs}</h3>
          {scenario.proofs.length === 0 && <p className="muted">{text.noProofs}</p>}
          {entry?.scenario.cases && entry.scenario.cases.length > 0 && (
            <div className="banner banner-info cases">
              <p>{text.cases}</p>
              <ul>
                {entry.scenario.cases.map((item) => (
                  <li key={item.key}>
                    <strong>{item.title}</strong>
                    {item.description && ` — ${item.description}`}{' '}
                    <span className="muted small">({text.caseProofs(item.proofCodes)})</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ul className="proofs">
            {scenario.proofs.map((proof) => (
              <ProofItem
                key={proof.code}
                dossierId={dossier.id}
                proof={proof}
                description={proofDescription.get(proof.code)}
                open={open && scenario.applicable}
                onChanged={onChanged}
              />
            ))}
          </ul>
        </section>
      ) : (
        !scenario.declarationRequired && <p className="muted">{text.notApplicableNoProof}</p>
      )}

      {dossier.firstSubmittedAt && (
        <CommentThread dossierId={dossier.id} scenarioCode={scenario.code} currentUserId={currentUserId} />
      )}
    </article>
  );
}
