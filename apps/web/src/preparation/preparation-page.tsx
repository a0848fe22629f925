import { useState, type FormEvent } from 'react';
import { api, authorizationHeader, unwrap, type Schemas } from '../api/client';
import { ErrorBanner, Loading, Notice, PageHeader } from '../components/feedback';
import { choicesOf, CompactSelect } from '../components/fields';
import { dossierEditable } from '../dossier/editability';
import { loadDossier } from '../dossier/dossier-preload';
import { useAction, useApi } from '../hooks/use-api';
import { formatDate, t } from '../i18n';
import { Link } from '../router';
import { FamilyChart, RoadmapTimeline, STATUS_COLOURS, STATUS_ORDER } from './readiness-charts';
import { StatusHistory } from './status-history';

/** The board starts with what is still to assess, as a to-do column comes first. */
const BOARD_ORDER = ['unset' as const, ...STATUS_ORDER.filter((status) => status !== 'unset')];

type Dossier = Schemas['DossierDto'];
type Scenario = Schemas['DossierScenarioDto'];
type Action = Schemas['RemediationDto'];
type Body = Schemas['PutAssessmentDto'];
type Status = Body['status'];
type Reason = NonNullable<Body['reasonCode']>;
type State = Schemas['PatchRemediationDto']['state'];

/** What each part of the page is given: the dossier, and whether its preparation may still change. */
interface PartProps {
  dossier: Dossier;
  editable: boolean;
}

const REASONS: Reason[] = ['document_not_provided', 'evidence_ambiguous', 'module_out_of_scope', 'decision_pending'];
const STATES: State[] = ['planned', 'in_progress', 'done', 'cancelled'];
/** Scenarios worth a card: those that apply, and those an answer waives (they need a justification). */
const onBoard = (scenario: Scenario) => scenario.applicable || scenario.justificationRequired;

async function download(dossierId: string, kind: 'pdf' | 'xlsx'): Promise<void> {
  const response = await fetch(`/api/v1/dossiers/${dossierId}/readiness.${kind}`, {
    headers: await authorizationHeader(),
  });
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `preparation.${kind}`;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}

function ScenarioCard({
  dossier,
  scenario,
  editable,
  onSaved,
}: PartProps & { scenario: Scenario; onSaved: () => void }) {
  const text = t.preparation;
  const { assessment } = scenario;
  const waived = !scenario.applicable;
  const [draft, setDraft] = useState((waived ? assessment.justification : assessment.conformityText) ?? '');
  const save = useAction(async (body: Schemas['PutAssessmentDto']) =>
    unwrap(
      await api.PUT('/api/v1/dossiers/{id}/scenarios/{code}/assessment', {
        params: { path: { id: dossier.id, code: scenario.code } },
        body,
      }),
    ),
  );
  const base = {
    reasonCode: assessment.reasonCode,
    conformityText: assessment.conformityText,
    justification: assessment.justification,
  };
  const setStatus = async (status: Status) => {
    const reasonCode = status === 'a_confirmer' ? (base.reasonCode ?? 'decision_pending') : null;
    if (await save.run({ ...base, status, reasonCode })) onSaved();
  };
  const setReason = async (reasonCode: Reason) => {
    if (await save.run({ ...base, status: 'a_confirmer', reasonCode })) onSaved();
  };
  const saveText = async (event: FormEvent) => {
    event.preventDefault();
    const status = assessment.status ?? (waived ? 'non_applicable' : 'conforme_a_etayer');
    const body: Body = waived ? { ...base, status, justification: draft } : { ...base, status, conformityText: draft };
    if (status !== 'a_confirmer') body.reasonCode = null;
    if (await save.run(body)) onSaved();
  };
  return (
    <li
      className="prep-card card"
      data-testid="prep-card"
      data-code={scenario.code}
      draggable={editable}
      onDragStart={(event) => event.dataTransfer.setData('text/plain', scenario.code)}
    >
      <strong>{scenario.code}</strong> <span className="small">{scenario.title}</span>
      {waived && <p className="small muted">{text.waived}</p>}
      {assessment.suggestion && (
        <p className="small suggestion" data-testid="suggestion">
          {text.suggested(text.statuses[assessment.suggestion.status])}
        </p>
      )}
      {editable && (
        <>
          <CompactSelect
            label={text.statusOf(scenario.code)}
            value={assessment.status ?? 'unset'}
            choices={STATUS_ORDER.map((status) => ({
              value: status,
              label: text.statuses[status],
              disabled: status === 'unset',
            }))}
            onValue={(value) => void setStatus(value as Status)}
          />
          {assessment.status === 'a_confirmer' && (
            <CompactSelect
              label={text.reasonOf(scenario.code)}
              value={assessment.reasonCode ?? ''}
              choices={choicesOf(REASONS, (reason) => text.reasons[reason])}
              onValue={(value) => void setReason(value as Reason)}
            />
          )}
          <form onSubmit={(event) => void saveText(event)}>
            <label className="small">
              {text.textOf(scenario.code)}
              <textarea rows={2} value={draft} onChange={(event) => setDraft(event.target.value)} />
            </label>
            <button type="submit" className="button button-secondary button-small" disabled={save.pending}>
              {text.saveText}
            </button>
          </form>
        </>
      )}
      {!editable && (assessment.conformityText ?? assessment.justification) && (
        <p className="small">{assessment.conformityText ?? assessment.justification}</p>
      )}
      <ErrorBanner error={save.error} />
    </li>
  );
}

function Board({ dossier, editable, onSaved }: PartProps & { onSaved: () => void }) {
  const text = t.preparation;
  const move = useAction(async (code: string, column: string) => {
    const scenario = dossier.scenarios.find((entry) => entry.code === code);
    if (!scenario || column === 'unset') return undefined;
    const status = column as Status;
    return unwrap(
      await api.PUT('/api/v1/dossiers/{id}/scenarios/{code}/assessment', {
        params: { path: { id: dossier.id, code } },
        body: {
          status,
          reasonCode: status === 'a_confirmer' ? (scenario.assessment.reasonCode ?? 'decision_pending') : null,
          conformityText: scenario.assessment.conformityText,
          justification: scenario.assessment.justification,
        },
      }),
    );
  });
  const cards = dossier.scenarios.filter(onBoard);
  return (
    <section aria-label={text.board}>
      <h2>{text.board}</h2>
      <ErrorBanner error={move.error} />
      <div className="prep-board" data-testid="prep-board">
        {BOARD_ORDER.map((status) => (
          <div
            key={status}
            className="prep-column"
            data-testid={`column-${status}`}
            onDragOver={(event) => editable && status !== 'unset' && event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              const code = event.dataTransfer.getData('text/plain');
              void move.run(code, status).then((saved) => saved && onSaved());
            }}
          >
            <h3 style={{ borderColor: STATUS_COLOURS[status] }}>
              {text.statuses[status]} ({cards.filter((card) => (card.assessment.status ?? 'unset') === status).length})
            </h3>
            <ul>
              {cards
                .filter((card) => (card.assessment.status ?? 'unset') === status)
                .map((card) => (
                  <ScenarioCard
                    key={`${card.code}:${card.assessment.changes}`}
                    dossier={dossier}
                    scenario={card}
                    editable={editable}
                    onSaved={onSaved}
                  />
                ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

function Roadmap({
  dossier,
  editable,
  asOf,
  onChanged,
}: PartProps & {
  asOf: string;
  /** An action added or moved: the readiness report (overdue actions, blockers) is out of date. */
  onChanged: () => void;
}) {
  const text = t.preparation;
  const actions = useApi(
    () => api.GET('/api/v1/dossiers/{id}/remediation', { params: { path: { id: dossier.id } } }).then(unwrap),
    [dossier.id, dossier.version],
  );
  const [form, setForm] = useState({ title: '', scenarios: '', effort: '1', owner: '', targetDate: '' });
  const add = useAction(async () =>
    unwrap(
      await api.POST('/api/v1/dossiers/{id}/remediation', {
        params: { path: { id: dossier.id } },
        body: {
          title: form.title,
          scenarios: form.scenarios
            .split(',')
            .map((code) => code.trim())
            .filter(Boolean),
          effort: Number(form.effort),
          owner: form.owner,
          targetDate: form.targetDate,
        },
      }),
    ),
  );
  const changeState = useAction(async (action: Action, state: State) =>
    unwrap(await api.PATCH('/api/v1/remediation/{id}', { params: { path: { id: action.id } }, body: { state } })),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await add.run()) {
      setForm({ title: '', scenarios: '', effort: '1', owner: '', targetDate: '' });
      actions.reload();
      onChanged();
    }
  };
  const field = (key: keyof typeof form, label: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        value={form[key]}
        required
        onChange={(event) => setForm({ ...form, [key]: event.target.value })}
      />
    </label>
  );
  return (
    <section className="card" aria-label={text.roadmap}>
      <h2>{text.roadmap}</h2>
      <ErrorBanner error={actions.error ?? add.error ?? changeState.error} />
      {actions.data && <RoadmapTimeline actions={actions.data} today={asOf} />}
      <ul className="roadmap-list">
        {actions.data?.map((action) => (
          <li key={action.id} data-testid="roadmap-action">
            <strong>{action.title}</strong> — {action.scenarios.join(', ')} — {action.effort} j — {action.owner} —{' '}
            {formatDate(action.targetDate)}{' '}
            {action.overdue && <span className="chip chip-warn">{text.overdueFlag}</span>}{' '}
            <select
              aria-label={text.actionState(action.title)}
              value={action.state}
              disabled={!editable}
              onChange={(event) =>
                void changeState.run(action, event.target.value as State).then(() => {
                  actions.reload();
                  onChanged();
                })
              }
            >
              {STATES.map((state) => (
                <option key={state} value={state}>
                  {text.states[state]}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      {editable && (
        <form className="roadmap-form" onSubmit={(event) => void submit(event)}>
          {field('title', text.actionTitle)}
          {field('scenarios', text.actionScenarios)}
          {field('effort', text.actionEffort, 'number')}
          {field('owner', text.actionOwner)}
          {field('targetDate', text.actionTarget, 'date')}
          <button type="submit" className="button" disabled={add.pending}>
            {text.addAction}
          </button>
        </form>
      )}
    </section>
  );
}

/** `/dossiers/:id/preparation`: the board of working statuses, readiness charts and the remediation roadmap. */
export function PreparationPage({ id }: { id: string }) {
  const text = t.preparation;
  const dossier = useApi(() => loadDossier(id), [id]);
  const readiness = useApi(
    () => api.GET('/api/v1/dossiers/{id}/readiness', { params: { path: { id } } }).then(unwrap),
    [id, dossier.data?.version],
  );
  if (dossier.error) return <ErrorBanner error={dossier.error} />;
  if (!dossier.data) return <Loading />;
  const editable = dossierEditable(dossier.data);
  const reload = () => dossier.reload();
  return (
    <>
      <PageHeader title={text.title}>
        <Link to={`/dossiers/${id}`}>{text.back}</Link>
      </PageHeader>
      <p className="muted">{text.intro}</p>
      <ErrorBanner error={readiness.error} />
      {readiness.data && (
        <section className="card readiness" aria-label={text.readiness} data-testid="readiness">
          <h2>{text.readiness}</h2>
          <Notice tone={readiness.data.ready ? 'success' : 'warning'}>
            {readiness.data.ready ? text.ready : text.notReady(readiness.data.blocking.length)}
          </Notice>
          <FamilyChart readiness={readiness.data} />
          {readiness.data.overdue.length > 0 && (
            <>
              <h3>{text.overdue}</h3>
              <ul data-testid="overdue">
                {readiness.data.overdue.map((action) => (
                  <li key={action.id}>
                    {action.title} — {action.owner} — {formatDate(action.targetDate)} ({text.daysLate(action.daysLate)})
                  </li>
                ))}
              </ul>
            </>
          )}
          <details>
            <summary>
              {text.blocking} ({readiness.data.blocking.length})
            </summary>
            <ul className="small">
              {readiness.data.blocking.map((item, index) => (
                <li key={index}>
                  {item.scenario} : {item.message}
                </li>
              ))}
            </ul>
          </details>
          <p>
            <button type="button" className="button button-secondary" onClick={() => void download(id, 'pdf')}>
              {text.exportPdf}
            </button>{' '}
            <button type="button" className="button button-secondary" onClick={() => void download(id, 'xlsx')}>
              {text.exportXlsx}
            </button>
          </p>
        </section>
      )}
      <Board dossier={dossier.data} editable={editable} onSaved={reload} />
      <Roadmap
        dossier={dossier.data}
        editable={editable}
        asOf={readiness.data?.asOf ?? new Date().toISOString()}
        onChanged={() => readiness.reload()}
      />
      <StatusHistory dossierId={id} version={dossier.data.version} />
    </>
  );
}
