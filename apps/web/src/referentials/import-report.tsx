import { Notice } from '../components/feedback';
import { t } from '../i18n';
import type { ImportReport } from './api';
import { gridProblemFr } from './problem-texts';

/** What the import read: counts, format and the warnings (ignored columns…). */
export function ImportReportCard({ report, notice }: { report: ImportReport; notice?: string }) {
  const text = t.referentials.report;
  const lines: [string, string | number | undefined][] = [
    [text.format, report.format.toUpperCase()],
    [text.encoding, report.encoding],
    [text.delimiter, report.delimiter],
    [text.sheet, report.sheet],
    [text.rows, report.rows],
    [text.requirements, report.requirements],
    [text.scenarios, report.scenarios],
    [text.proofs, report.proofs],
    [text.profiles, report.profiles.join(', ')],
  ];
  return (
    <section className="import-report" aria-labelledby="import-report-title" data-testid="import-report">
      {notice && <Notice tone="success">{notice}</Notice>}
      <h3 id="import-report-title">{text.title}</h3>
      <dl className="facts">
        {lines
          .filter(([, value]) => value !== undefined && value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <h4>{text.warnings}</h4>
      {report.codedWarnings.length === 0 ? (
        <p className="muted">{text.noWarning}</p>
      ) : (
        <ul>
          {report.codedWarnings.map((warning) => (
            <li key={warning.code}>{gridProblemFr(warning)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
