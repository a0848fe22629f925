import { useId } from 'react';
import type { Schemas } from '../api/client';
import { t } from '../i18n';

type ReferentialSummary = Schemas['ReferentialSummaryDto'];

export interface Choice {
  programme: string;
  couloir: string;
  dispositif: string;
  vague: string;
  /** DMN: the référentiel picked in the list. */
  referentialId: string;
}

export const EMPTY_CHOICE: Choice = { programme: '', couloir: '', dispositif: '', vague: '', referentialId: '' };

/** couloir, dispositif, vague: strings, null or absent. */
const part = (entry: ReferentialSummary, key: 'couloir' | 'dispositif' | 'vague'): string | null => entry[key] ?? null;

const distinct = (values: (string | null | undefined)[]): string[] =>
  [...new Set(values.filter((value): value is string => Boolean(value)))].sort((a, b) => a.localeCompare(b, 'fr'));

/** The référentiel a choice designates: for Ségur, the one of its couloir, dispositif and vague. */
export function chosenReferential(referentials: ReferentialSummary[], choice: Choice): ReferentialSummary | undefined {
  const programme = choice.programme || referentials[0]?.programme;
  if (programme !== 'SEGUR') {
    return (
      referentials.find((entry) => entry.id === choice.referentialId) ??
      referentials.find((entry) => entry.programme === programme)
    );
  }
  return referentials.find(
    (entry) =>
      entry.programme === 'SEGUR' &&
      part(entry, 'couloir') === choice.couloir &&
      part(entry, 'dispositif') === choice.dispositif &&
      part(entry, 'vague') === choice.vague,
  );
}

/**
 * Picks the référentiel of a new dossier: its programme, then for Ségur its couloir → dispositif →
 * vague (each list narrowed by the previous choice), for DMN the version.
 */
export function ReferentialChoice({
  referentials,
  choice,
  onChange,
}: {
  referentials: ReferentialSummary[];
  choice: Choice;
  onChange: (choice: Choice) => void;
}) {
  const id = useId();
  const text = t.segur.create;
  const programmes = distinct(referentials.map((entry) => entry.programme));
  const programme = choice.programme || programmes[0] || '';
  const segur = referentials.filter((entry) => entry.programme === 'SEGUR');
  const couloirs = distinct(segur.map((entry) => part(entry, 'couloir')));
  const dispositifs = distinct(
    segur.filter((entry) => part(entry, 'couloir') === choice.couloir).map((entry) => part(entry, 'dispositif')),
  );
  const vagues = distinct(
    segur
      .filter((entry) => part(entry, 'couloir') === choice.couloir && part(entry, 'dispositif') === choice.dispositif)
      .map((entry) => part(entry, 'vague')),
  );
  const set = (changes: Partial<Choice>) => onChange({ ...choice, programme, ...changes });
  return (
    <>
      <label className="field" htmlFor={`${id}-programme`}>
        {text.programme}
        <select
          id={`${id}-programme`}
          value={programme}
          onChange={(event) => onChange({ ...EMPTY_CHOICE, programme: event.target.value })}
        >
          {programmes.map((entry) => (
            <option key={entry} value={entry}>
              {t.segur.programme[entry] ?? entry}
            </option>
          ))}
        </select>
      </label>
      {programme === 'SEGUR' ? (
        <div className="segur-choice">
          <label className="field" htmlFor={`${id}-couloir`}>
            {text.couloir}
            <select
              id={`${id}-couloir`}
              value={choice.couloir}
              onChange={(event) => set({ couloir: event.target.value, dispositif: '', vague: '' })}
              required
            >
              <option value="">{text.choose}</option>
              {couloirs.map((entry) => (
                <option key={entry} value={entry}>
                  {t.segur.couloir[entry] ? `${t.segur.couloir[entry]} (${entry})` : entry}
                </option>
              ))}
            </select>
          </label>
          <label className="field" htmlFor={`${id}-dispositif`}>
            {text.dispositif}
            <select
              id={`${id}-dispositif`}
              value={choice.dispositif}
              disabled={!choice.couloir}
              onChange={(event) => set({ dispositif: event.target.value, vague: '' })}
              required
            >
              <option value="">{text.choose}</option>
              {dispositifs.map((entry) => (
                <option key={entry} value={entry}>
                  {entry}
                </option>
              ))}
            </select>
          </label>
          <label className="field" htmlFor={`${id}-vague`}>
            {text.vague}
            <select
              id={`${id}-vague`}
              value={choice.vague}
              disabled={!choice.dispositif}
              onChange={(event) => set({ vague: event.target.value })}
              required
            >
              <option value="">{text.choose}</option>
              {vagues.map((entry) => (
                <option key={entry} value={entry}>
                  {text.vagueLabel(entry)}
                </option>
              ))}
            </select>
          </label>
          {couloirs.length === 0 && <p className="muted">{text.noSegur}</p>}
        </div>
      ) : (
        <label className="field" htmlFor={`${id}-referential`}>
          {t.vendor.products.referential}
          <select
            id={`${id}-referential`}
            value={chosenReferential(referentials, { ...choice, programme })?.id ?? ''}
            onChange={(event) => set({ referentialId: event.target.value })}
            required
          >
            {referentials
              .filter((entry) => entry.programme === programme)
              .map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.code} {entry.version} — {entry.title}
                </option>
              ))}
          </select>
        </label>
      )}
    </>
  );
}
