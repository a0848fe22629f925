import { ColumnHeads } from '../components/table';
import { formatNumber, formatPercent, t } from '../i18n';

/*
 * Charts in plain SVG: each is an image with a one-sentence summary (aria-label) and a table of
 * its numbers right after it, so nothing is said by colour or shape alone.
 */

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** A CSS class for the bar's colour (chart-bar-…). */
  tone?: string;
}

/** A label on at most two lines of about `width` characters (the table below has it whole). */
function twoLines(label: string, width = 14): string[] {
  const lines: string[] = [''];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    if (lines[last] && (lines[last] + ' ' + word).length > width) lines.push(word);
    else lines[last] = lines[last] ? `${lines[last]} ${word}` : word;
  }
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(' ');
  return [lines[0], second.length > width ? `${second.slice(0, width - 1)}…` : second];
}

/** Vertical bars with their values on top; the scale starts at zero. */
export function ColumnChart({ bars, summary, unit }: { bars: Bar[]; summary: string; unit: string }) {
  const width = 560;
  const height = 220;
  const top = 24;
  const bottom = 44;
  const gap = 16;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = bars.length > 0 ? (width - gap) / bars.length : width;
  const barWidth = Math.max(8, slot - gap);
  const plot = height - top - bottom;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={summary}
        className="chart-svg"
        preserveAspectRatio="xMidYMid meet"
      >
        <line x1={0} x2={width} y1={height - bottom} y2={height - bottom} className="chart-axis" />
        {bars.map((bar, index) => {
          const barHeight = (bar.value / max) * plot;
          const x = gap + index * slot;
          const y = height - bottom - barHeight;
          return (
            <g key={bar.key}>
              <rect x={x} y={y} width={barWidth} height={barHeight} rx={3} className={`chart-bar ${bar.tone ?? ''}`} />
              <text x={x + barWidth / 2} y={y - 6} textAnchor="middle" className="chart-value">
                {formatNumber(bar.value)}
              </text>
              <text x={x + barWidth / 2} y={height - bottom + 16} textAnchor="middle" className="chart-label">
                {twoLines(bar.label).map((line, row) => (
                  <tspan key={row} x={x + barWidth / 2} dy={row === 0 ? 0 : 14}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="chart-data">
        <summary>{t.review.stats.tableCaption}</summary>
        <table>
          <ColumnHeads labels={[t.review.queue.columns.status, unit]} />
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td>{formatNumber(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export interface FamilyRow {
  family: string;
  title: string;
  total: number;
  judged: number;
  accepted: number;
}

/** One horizontal bar per family: accepted, judged otherwise, not judged yet, as parts of the whole. */
export function FamilyChart({ rows, summary }: { rows: FamilyRow[]; summary: string }) {
  const text = t.review.stats;
  const width = 1000;
  const labelWidth = 300;
  const rowHeight = 34;
  const height = rows.length * rowHeight + 8;
  const plot = width - labelWidth - 70;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} className="chart-svg">
        {rows.map((row, index) => {
          const y = 4 + index * rowHeight;
          const ratio = (value: number) => (row.total > 0 ? value / row.total : 0);
          const accepted = ratio(row.accepted) * plot;
          const judged = ratio(row.judged) * plot;
          return (
            <g key={row.family}>
              <text x={0} y={y + 18} className="chart-label">
                <tspan fontWeight={700}>{row.family}</tspan>{' '}
                {row.title !== row.family && (row.title.length > 34 ? `${row.title.slice(0, 33)}…` : row.title)}
              </text>
              <rect x={labelWidth} y={y + 4} width={plot} height={20} rx={3} className="chart-track" />
              <rect x={labelWidth} y={y + 4} width={judged} height={20} rx={3} className="chart-bar chart-bar-judged" />
              <rect
                x={labelWidth}
                y={y + 4}
                width={accepted}
                height={20}
                rx={3}
                className="chart-bar chart-bar-accepted"
              />
              <text x={labelWidth + plot + 10} y={y + 19} className="chart-value">
                {formatPercent(ratio(row.accepted))}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="chart-legend small">
        <span className="legend-swatch chart-bar-accepted" aria-hidden="true" /> {text.legendAccepted}
        <span className="legend-swatch chart-bar-judged" aria-hidden="true" /> {text.legendJudged}
      </p>
      <details className="chart-data">
        <summary>{text.tableCaption}</summary>
        <table>
          <ColumnHeads labels={[text.family, text.total, text.judged, text.accepted]} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.family}>
                <th scope="row">
                  {row.family} {row.title !== row.family && <span className="muted small">{row.title}</span>}
                </th>
                <td>{formatNumber(row.total)}</td>
                <td>{formatNumber(row.judged)}</td>
                <td>
                  {formatNumber(row.accepted)} ({formatPercent(row.total > 0 ? row.accepted / row.total : 0)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
