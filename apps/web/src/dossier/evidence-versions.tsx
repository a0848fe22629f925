import { useState } from 'react';
import type { ApiError, Schemas } from '../api/client';
import { Fact } from '../components/fact';
import { ErrorBanner } from '../components/feedback';
import { formatBytes, formatDateTime, t } from '../i18n';
import { downloadEvidence } from './evidence-link';
import { Findings } from './findings';

type Evidence = Schemas['EvidenceSummaryDto'];

function DownloadButton({ evidence, onError }: { evidence: Evidence; onError: (error: ApiError) => void }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="button-ghost"
      disabled={pending}
      aria-label={t.vendor.versions.download(evidence.fileName)}
      onClick={() => {
        setPending(true);
        downloadEvidence(evidence.id, evidence.fileName)
          .catch((error: ApiError) => onError(error))
          .finally(() => setPending(false));
      }}
    >
      {t.common.download}
    </button>
  );
}

/** Every version of one proof, newest first: size, type, date, SHA-256, download and pre-check findings. */
export function EvidenceVersions({ evidence }: { evidence: Evidence[] }) {
  const [error, setError] = useState<ApiError>();
  if (evidence.length === 0) return <p className="muted small">{t.vendor.versions.empty}</p>;
  const newestFirst = [...evidence].sort((a, b) => b.version - a.version);
  return (
    <div className="versions">
      <h4 className="versions-title">{t.vendor.versions.title}</h4>
      <ErrorBanner error={error} />
      <ol className="version-list">
        {newestFirst.map((item, index) => (
          <li key={item.id} className="version">
            <div className="version-head">
              <strong>{t.vendor.versions.version(item.version)}</strong>
              {index === 0 && <span className="chip">{t.vendor.versions.latest}</span>}
              <span className="version-name">{item.fileName}</span>
              <DownloadButton evidence={item} onError={setError} />
            </div>
            <dl className="version-meta small">
              <Fact term={t.vendor.versions.size}>{formatBytes(item.size)}</Fact>
              <Fact term={t.vendor.versions.type}>{item.mediaType}</Fact>
              <Fact term={t.vendor.versions.date}>{formatDateTime(item.uploadedAt)}</Fact>
              <Fact term={t.vendor.versions.sha}>
                <code title={t.vendor.versions.fullSha(item.sha256)}>{item.sha256.slice(0, 12)}…</code>
              </Fact>
            </dl>
            {item.findings && <Findings findings={item.findings} />}
          </li>
        ))}
      </ol>
    </div>
  );
}
