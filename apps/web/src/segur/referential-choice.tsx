import type { Schemas } from '../api/client';
import { choicesOf, SelectField } from '../components/fields';
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
  // Each list is narrowed by the previous choice: choosing in one empties the ones after it.
  const levels = [
    {
      key: 'couloir',
      entries: couloirs,
      show: (entry: string) => (t.segur.couloir[entry] ? `${t.segur.couloir[entry]} (${entry})` : entry),
    },
    { key: 'dispositif', entries: dispositifs, show: (entry: string) => entry },
    { key: 'vague', entries: vagues, show: text.vagueLabel },
  ] as const;
  const clearedAfter = (index: number): Partial<Choice> =>
    Object.fromEntries(levels.slice(index + 1).map((level) => [level.key, '']));
  return (
    <>
      <SelectField
        label={text.programme}
        value={programme}
        choices={choicesOf(programmes, (entry) => t.segur.programme[entry] ?? entry)}
        onValue={(value) => onChange({ ...EMPTY_CHOICE, programme: value })}
      />
      {programme === 'SEGUR' ? (
        <div className="segur-choice">
          {levels.map((level, index) => (
            <SelectField
              key={level.key}
              label={text[level.key]}
              value={choice[level.key]}
              disabled={index > 0 && !choice[levels[index - 1].key]}
              empty={text.choose}
              choices={choicesOf(level.entries, level.show)}
              onValue={(value) => set({ ...clearedAfter(index), [level.key]: value })}
              required
            />
          ))}
          {couloirs.length === 0 && <p className="muted">{text.noSegur}</p>}
        </div>
      ) : (
        <SelectField
          label={t.vendor.products.referential}
          value={chosenReferential(referentials, { ...choice, programme })?.id ?? ''}
          choices={referentials
            .filter((entry) => entry.programme === programme)
            .map((entry) => ({ value: entry.id, label: `${entry.code} ${entry.version} — ${entry.title}` }))}
          onValue={(referentialId) => set({ referentialId })}
          required
        />
      )}
    </>
  );
}
