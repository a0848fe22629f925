import { useId } from 'react';
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
  const id = useId();
  const filters = filtersOf(location);
  const set = (key: keyof QueueFilters) => (value: string) =>
    navigate(withQuery(location, { [key]: value || undefined }), { replace: true });
  const text = t.review.queue;
  const active = FILTER_KEYS.some((key) => filters[key]);
  return (
    <form className="filters card" aria-label={text.filtersLabel} onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-status`}>{text.status}</label>
        <select
          id={`${id}-status`}
          value={filters.status ?? ''}
          onChange={(event) => set('status')(event.target.value)}
        >
          <option value="">{text.anyStatus}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t.common.dossierStatus[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-programme`}>{segurText.programme}</label>
        <select
          id={`${id}-programme`}
          value={filters.programme ?? ''}
          onChange={(event) => set('programme')(event.target.value)}
        >
          <option value="">{segurText.anyProgramme}</option>
          {PROGRAMMES.map((programme) => (
            <option key={programme} value={programme}>
              {t.segur.programme[programme]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-dispositif`}>{segurText.dispositif}</label>
        <select
          id={`${id}-dispositif`}
          value={filters.dispositif ?? ''}
          onChange={(event) => set('dispositif')(event.target.value)}
        >
          <option value="">{segurText.anyDispositif}</option>
          {dispositifs.map((dispositif) => (
            <option key={dispositif} value={dispositif}>
              {dispositif}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-phase`}>{segurText.phase}</label>
        <select id={`${id}-phase`} value={filters.phase ?? ''} onChange={(event) => set('phase')(event.target.value)}>
          <option value="">{segurText.anyPhase}</option>
          {PHASES.map((phase) => (
            <option key={phase} value={phase}>
              {t.segur.phase[phase]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-referential`}>{text.referential}</label>
        <select
          id={`${id}-referential`}
          value={filters.referentialId ?? ''}
          onChange={(event) => set('referentialId')(event.target.value)}
        >
          <option value="">{text.anyReferential}</option>
          {referentials.map((referential) => (
            <option key={referential.id} value={referential.id}>
              {referential.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-vendor`}>{text.vendor}</label>
        <select
          id={`${id}-vendor`}
          value={filters.vendorId ?? ''}
          onChange={(event) => set('vendorId')(event.target.value)}
        >
          <option value="">{text.anyVendor}</option>
          {vendors.map((vendor) => (
            <option key={vendor.id} value={vendor.id}>
              {vendor.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-submittedFrom`}>{text.submittedFrom}</label>
        <input
          id={`${id}-submittedFrom`}
          type="date"
          value={filters.submittedFrom ?? ''}
          onChange={(event) => set('submittedFrom')(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-submittedTo`}>{text.submittedTo}</label>
        <input
          id={`${id}-submittedTo`}
          type="date"
          value={filters.submittedTo ?? ''}
          onChange={(event) => set('submittedTo')(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-assignee`}>{text.assignee}</label>
        <select
          id={`${id}-assignee`}
          value={filters.assignee ?? ''}
          onChange={(event) => set('assignee')(event.target.value)}
        >
          <option value="">{text.anyAssignee}</option>
          <option value="me">{text.mine}</option>
          <option value="none">{text.unassigned}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-changeRequests`}>{text.changeRequests}</label>
        <select
          id={`${id}-changeRequests`}
          value={filters.changes ?? ''}
          onChange={(event) => set('changes')(event.target.value)}
        >
          <option value="">{text.changeRequestsAny}</option>
          <option value="open">{text.changeRequestsOpen}</option>
          <option value="none">{text.changeRequestsNone}</option>
        </select>
      </div>
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
