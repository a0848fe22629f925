import { useId } from 'react';
import { type Choice, choicesOf } from '../components/fields';
import { t } from '../i18n';
import { navigate, withQuery, type Location } from '../router';
import type { QueueItem } from './types';

const STATUSES = ['submitted', 'in_review', 'changes_requested', 'approved', 'rejected'] as const;

/** The URL query keys the queue understands; the filtered view is a URL, so it can be shared. */
export const FILTER_KEYS = [
  'status',
  'referentialId',
  'vendorId',
  'submittedFrom',
  'submittedTo',
  'assignee',
  'changes',
  'programme',
  'dispositif',
  'phase',
] as const;

const PROGRAMMES = ['DMN', 'SEGUR'] as const;
const PHASES = ['administrative', 'proofs', 'referenced'] as const;

export type QueueFilters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

export function filtersOf(location: Location): QueueFilters {
  const filters: QueueFilters = {};
  for (const key of FILTER_KEYS) {
    const value = location.query.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** Calendar dates of the form (Paris time) to the instants the API compares with. */
function startOfDay(date: string | undefined, plusDays = 0): string | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const day = new Date(`${date}T00:00:00`);
  day.setDate(day.getDate() + plusDays);
  return day.toISOString();
}

/** The API query for these filters (the « to » date is inclusive on screen, exclusive in the API). */
export function apiQuery(filters: QueueFilters) {
  return {
    status: filters.status as (typeof STATUSES)[number] | undefined,
    referentialId: filters.referentialId,
    vendorId: filters.vendorId,
    submittedFrom: startOfDay(filters.submittedFrom),
    submittedTo: startOfDay(filters.submittedTo, 1),
    assignee: filters.assignee,
    openChangeRequests: filters.changes === 'open' ? true : filters.changes === 'none' ? false : undefined,
    programme: PROGRAMMES.find((programme) => programme === filters.programme),
    phase: PHASES.find((phase) => phase === filters.phase),
    dispositif: filters.dispositif,
  };
}

const STATUS_CHOICES = choicesOf(STATUSES, (status) => t.common.dossierStatus[status]);
const PROGRAMME_CHOICES = choicesOf(PROGRAMMES, (programme) => t.segur.programme[programme]);
const PHASE_CHOICES = choicesOf(PHASES, (phase) => t.segur.phase[phase]);
const ASSIGNEE_CHOICES: Choice[] = [
  { value: 'me', label: t.review.queue.mine },
  { value: 'none', label: t.review.queue.unassigned },
];
const CHANGES_CHOICES: Choice[] = [
  { value: 'open', label: t.review.queue.changeRequestsOpen },
  { value: 'none', label: t.review.queue.changeRequestsNone },
];

interface FilterText {
  label: string;
  /** The first option, that filters nothing. */
  any?: string;
  /** None: a date. */
  choices?: Choice[];
}

/** One filter of the bar: a select whose first option (`any`) filters nothing, or a date without `choices`. */
function Filter({
  label,
  value,
  onValue,
  any,
  choices,
}: FilterText & { value: string | undefined; onValue: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {choices ? (
        <select id={id} value={value ?? ''} onChange={(event) => onValue(event.target.value)}>
          <option value="">{any}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} type="date" value={value ?? ''} onChange={(event) => onValue(event.target.value)} />
      )}
    </div>
  );
}

export function QueueFilterBar({
  location,
  referentials,
  vendors,
  dispositifs = [],
}: {
  location: Location;
  referentials: { id: string; label: string }[];
  vendors: QueueItem['vendor'][];
  /** The Ségur dispositifs of the référentiels, for the dispositif filter. */
  dispositifs?: string[];
}) {
  const segurText = t.segur.filters;
  const filters = filtersOf(location);
  const text = t.review.queue;
  const active = FILTER_KEYS.some((key) => filters[key]);
  const bar: ({ key: keyof QueueFilters } & FilterText)[] = [
    { key: 'status', label: text.status, any: text.anyStatus, choices: STATUS_CHOICES },
    { key: 'programme', label: segurText.programme, any: segurText.anyProgramme, choices: PROGRAMME_CHOICES },
    { key: 'dispositif', label: segurText.dispositif, any: segurText.anyDispositif, choices: choicesOf(dispositifs) },
    { key: 'phase', label: segurText.phase, any: segurText.anyPhase, choices: PHASE_CHOICES },
    {
      key: 'referentialId',
      label: text.referential,
      any: text.anyReferential,
      choices: referentials.map((referential) => ({ value: referential.id, label: referential.label })),
    },
    {
      key: 'vendorId',
      label: text.vendor,
      any: text.anyVendor,
      choices: vendors.map((vendor) => ({ value: vendor.id, label: vendor.name })),
    },
    { key: 'submittedFrom', label: text.submittedFrom },
    { key: 'submittedTo', label: text.submittedTo },
    { key: 'assignee', label: text.assignee, any: text.anyAssignee, choices: ASSIGNEE_CHOICES },
    { key: 'changes', label: text.changeRequests, any: text.changeRequestsAny, choices: CHANGES_CHOICES },
  ];
  return (
    <form className="filters card" aria-label={text.filtersLabel} onSubmit={(event) => event.preventDefault()}>
      {bar.map(({ key, ...filter }) => (
        <Filter
          key={key}
          {...filter}
          value={filters[key]}
          onValue={(value) => navigate(withQuery(location, { [key]: value || undefined }), { replace: true })}
        />
      ))}
      {active && (
        <button
          type="button"
          className="button-ghost filters-reset"
          onClick={() =>
            navigate(withQuery(location, Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined]))), {
              replace: true,
            })
          }
        >
          {text.reset}
        </button>
      )}
    </form>
  );
}
