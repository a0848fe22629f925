import { memo, useMemo, useState } from 'react';
import type { Schemas } from '../api/client';
import { ScenarioStatusChip, scenarioStatus, type ScenarioStatus } from '../components/status';
import { t } from '../i18n';
import { Link } from '../router';
import { ErratumTreeMark } from '../segur/errata-marks';
import type { Referential } from './referential-cache';

type Scenario = Schemas['DossierScenarioDto'];
export type TreeFilter = 'all' | 'todo' | 'changes';

const TODO: ReadonlySet<ScenarioStatus> = new Set(['missing', 'declarationRequired', 'changesRequested', 'rejected']);
const CHANGES: ReadonlySet<ScenarioStatus> = new Set(['changesRequested', 'rejected']);

interface Row {
  scenario: Scenario;
  status: ScenarioStatus;
}

interface FamilyGroup {
  code: string;
  title: string;
  rows: Row[];
  /** Scenarios that ask for something (proofs or a declaration). */
  expected: number;
  ready: number;
}

function groupByFamily(referential: Referential, scenarios: Scenario[]): FamilyGroup[] {
  const byCode = new Map(scenarios.map((scenario) => [scenario.code, scenario]));
  const groups = new Map<string, FamilyGroup>(
    referential.families.map((family) => [
      family.code,
      { code: family.code, title: family.title, rows: [], expected: 0, ready: 0 },
    ]),
  );
  for (const requirement of referential.requirements) {
    let group = groups.get(requirement.family);
    if (!group) {
      group = { code: requirement.family, title: requirement.family, rows: [], expected: 0, ready: 0 };
      groups.set(requirement.family, group);
    }
    for (const entry of requirement.scenarios) {
      const scenario = byCode.get(entry.code);
      if (!scenario) continue;
      group.rows.push({ scenario, status: scenarioStatus(scenario) });
      if (scenario.applicable || scenario.declarationRequired) {
        group.expected++;
        if (scenario.satisfied) group.ready++;
      }
    }
  }
  return [...groups.values()].filter((group) => group.rows.length > 0);
}

export interface ScenarioTreeProps {
  referential: Referential;
  scenarios: Scenario[];
  selected: string | undefined;
  /** The URL that selects a scenario (`?scenario=CODE`). */
  hrefFor: (code: string) => string;
  /** Scenarios the current user may not change (shown « verrouillé »). */
  isLocked?: (scenario: Scenario) => boolean;
}

/**
 * The référentiel's scenarios by family, each a link to its detail, with its status. Only links
 * and chips are rendered here: a scenario's detail is rendered apart, for the selected one only.
 */
export const ScenarioTree = memo(function ScenarioTree({
  referential,
  scenarios,
  selected,
  hrefFor,
  isLocked,
}: ScenarioTreeProps) {
  const [filter, setFilter] = useState<TreeFilter>('all');
  const families = useMemo(() => groupByFamily(referential, scenarios), [referential, scenarios]);
  const matches = (key: TreeFilter, row: Row): boolean =>
    key === 'all' || (key === 'todo' ? TODO.has(row.status) : CHANGES.has(row.status));
  const keep = (row: Row): boolean => matches(filter, row);
  const counts = useMemo(() => {
    const rows = families.flatMap((family) => family.rows);
    return {
      all: rows.length,
      todo: rows.filter((row) => TODO.has(row.status)).length,
      changes: rows.filter((row) => CHANGES.has(row.status)).length,
    };
  }, [families]);
  const visible = families
    .map((family) => ({ ...family, shown: family.rows.filter(keep) }))
    .filter((family) => family.shown.length > 0);
  return (
    <nav className="scenario-tree" aria-label={t.vendor.tree.title}>
      <h2>{t.vendor.tree.title}</h2>
      <div className="filter-chips" role="group" aria-label={t.vendor.tree.filterLabel}>
        {(Object.keys(t.vendor.tree.filters) as TreeFilter[]).map((key) => (
          <button
            key={key}
            type="button"
            className="filter-chip"
            aria-pressed={filter === key}
            onClick={() => setFilter(key)}
          >
            {t.vendor.tree.filters[key]} <span className="filter-count">{counts[key]}</span>
          </button>
        ))}
      </div>
      {visible.length === 0 && <p className="muted">{t.vendor.tree.empty}</p>}
      {visible.map((family) => (
        <details key={family.code} className="tree-family" open={family.expected > 0}>
          <summary>
            <span className="tree-family-title">
              <strong>{family.code}</strong> {family.title}
            </span>
            {family.expected > 0 ? (
              <span className="tree-count">
                <span aria-hidden="true">{t.vendor.tree.familyCount(family.ready, family.expected)}</span>
                <span className="visually-hidden">{t.vendor.tree.familyCountLabel(family.ready, family.expected)}</span>
              </span>
            ) : (
              <span className="tree-count">{t.vendor.tree.nothingExpected}</span>
            )}
          </summary>
          <ul className="tree-scenarios">
            {family.shown.map(({ scenario, status }) => {
              const locked = isLocked?.(scenario) ?? false;
              return (
                <li
                  key={scenario.code}
                  data-scenario-code={scenario.code}
                  className={CHANGES.has(status) ? 'tree-row tree-row-flagged' : 'tree-row'}
                >
                  <Link
                    to={hrefFor(scenario.code)}
                    aria-current={selected === scenario.code ? 'true' : undefined}
                    className="tree-link"
                  >
                    <span className="tree-code">{scenario.code}</span>
                    <span className="tree-title">{scenario.title}</span>
                    <span className="tree-status">
                      <ScenarioStatusChip status={status} />
                      <ErratumTreeMark scenario={scenario} />
                      {locked && (
                        <span className="tree-locked" title={t.vendor.tree.lockedLabel}>
                          <svg className="lock-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                            <path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 0 0-4 0v2z" />
                          </svg>{' '}
                          {t.vendor.tree.locked}
                        </span>
                      )}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </nav>
  );
});
