import type { Schemas } from '../api/client';
import { formatDate, t } from '../i18n';

type Readiness = Schemas['ReadinessDto'];
type Action = Schemas['RemediationDto'];

/** Column order of the board and of the charts. */
export const STATUS_ORDER = [
  'conforme',
  'conforme_a_etayer',
  'partiel',
  'non_conforme',
  'a_confirmer',
  'non_applicable',
  'unset',
] as const;

export const STATUS_COLOURS: Record<string, string> = {
  conforme: '#1f7a3a',
  conforme_a_etayer: '#6aa84f',
  partiel: '#e69138',
  non_conforme: '#c0392b',
  a_confirmer: '#8e7cc3',
  non_applicable: '#999999',
  unset: '#d9d9d9',
};

/** One horizontal stacked bar per family (plain SVG), with the legend. */
export function FamilyChart({ readiness }: { readiness: Readiness }) {
  const text = t.preparation;
  const rowHeight = 22;
  const labelWidth = 70;
  const barWidth = 360;
  const height = readiness.byFamily.length * rowHeight + 8;
  return (
    <figure className="readiness-chart" data-testid="family-chart">
      <figcaption>{text.byFamily}</figcaption>
      <svg width={labelWidth + barWidth + 40} height={height} role="img" aria-label={text.byFamily}>
        {readiness.byFamily.map((family, row) => {
          const counts = family.byStatus as unknown as Record<string, number>;
          const total = STATUS_ORDER.reduce((sum, status) => sum + counts[status], 0) || 1;
          let x = labelWidth;
          return (
            <g key={family.family} transform={`translate(0, ${row * rowHeight + 4})`}>
              <text x={0} y={14} fontSize={12}>
                <title>{family.title}</title>
                {family.family}
              </text>
              {STATUS_ORDER.map((status) => {
                const width = (counts[status] / total) * barWidth;
                const rect = (
                  <rect key={status} x={x} y={2} width={width} height={rowHeight - 6} fill={STATUS_COLOURS[status]}>
                    <title>{`${family.family} · ${text.statuses[status]} : ${counts[status]}`}</title>
                  </rect>
                );
                x += width;
                return rect;
              })}
              <text x={labelWidth + barWidth + 6} y={14} fontSize={12}>
                {total}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="legend small">
        {STATUS_ORDER.map((status) => (
          <li key={status}>
            <span className="swatch" style={{ background: STATUS_COLOURS[status] }} /> {text.statuses[status]} (
            {(readiness.byStatus as unknown as Record<string, number>)[status]})
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The remediation plan as a timeline: one bar per action from its creation to its target date. */
export function RoadmapTimeline({ actions, today }: { actions: Action[]; today: string }) {
  const text = t.preparation;
  if (actions.length === 0) return <p className="muted">{text.roadmapEmpty}</p>;
  const day = (value: string) => Date.parse(value.slice(0, 10) + 'T00:00:00Z');
  const starts = actions.map((action) => Math.min(day(action.createdAt), day(action.targetDate)));
  const ends = actions.map((action) => Math.max(day(action.createdAt), day(action.targetDate)));
  const from = Math.min(...starts, day(today));
  const to = Math.max(...ends, day(today)) + 86_400_000;
  const width = 520;
  const labelWidth = 200;
  const scale = (time: number) => labelWidth + ((time - from) / (to - from)) * width;
  const rowHeight = 24;
  const height = actions.length * rowHeight + 24;
  return (
    <svg
      width={labelWidth + width + 10}
      height={height}
      role="img"
      aria-label={text.roadmap}
      data-testid="roadmap-timeline"
    >
      <line x1={scale(day(today))} x2={scale(day(today))} y1={0} y2={height - 14} stroke="#333" strokeDasharray="3 3" />
      <text x={scale(day(today)) + 3} y={height - 2} fontSize={11}>
        {text.today}
      </text>
      {actions.map((action, row) => {
        const start = scale(starts[row]);
        const end = Math.max(scale(ends[row]), start + 4);
        const colour = action.overdue
          ? '#c0392b'
          : action.state === 'done'
            ? '#1f7a3a'
            : action.state === 'cancelled'
              ? '#999999'
              : '#3d85c6';
        return (
          <g key={action.id} transform={`translate(0, ${row * rowHeight})`} data-testid="roadmap-bar">
            <text x={0} y={15} fontSize={12}>
              {action.title.length > 28 ? `${action.title.slice(0, 27)}…` : action.title}
            </text>
            <rect x={start} y={4} width={end - start} height={14} rx={3} fill={colour}>
              <title>
                {`${action.title} — ${action.owner} — ${formatDate(action.targetDate)} — ${text.states[action.state]}${
                  action.overdue ? ` — ${text.overdueFlag}` : ''
                }`}
              </title>
            </rect>
          </g>
        );
      })}
    </svg>
  );
}
