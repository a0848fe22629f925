import { useEffect, useRef, useState } from 'react';
import type { ApiError, Schemas } from '../api/client';
import { ErrorBanner, Loading } from '../components/feedback';
import { formatBytes, t } from '../i18n';
import { downloadEvidence } from './evidence-link';
import { previewSource, previewText, type PreviewSource } from './preview-link';

type Evidence = Schemas['EvidenceSummaryDto'];
export type PreviewKind = 'video' | 'image' | 'pdf' | 'log' | 'none';

/** Logs are shown up to this size; the rest is a download away. */
const LOG_PREVIEW_BYTES = 512 * 1024;
const TEXT_TYPES = /^text\/|^application\/(json|x-ndjson|har\+json|xml)/;

export function previewKind(mediaType: string): PreviewKind {
  if (mediaType.startsWith('video/')) return 'video';
  if (mediaType.startsWith('image/')) return 'image';
  if (mediaType === 'application/pdf') return 'pdf';
  if (TEXT_TYPES.test(mediaType)) return 'log';
  return 'none';
}

/** A signed inline URL for the evidence, renewed when the media element fails after it expired. */
function useSource(evidence: Evidence, wanted: boolean) {
  const [source, setSource] = useState<PreviewSource>();
  const [error, setError] = useState<ApiError>();
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    let current: PreviewSource | undefined;
    previewSource(evidence.id).then(
      (value) => {
        current = value;
        if (live) setSource(value);
        else value.release();
      },
      (failure: ApiError) => live && setError(failure),
    );
    return () => {
      live = false;
      current?.release();
    };
  }, [evidence.id, wanted, generation]);
  const renew = () => {
    if (source?.expiresAt && source.expiresAt.getTime() <= Date.now() + 5_000) setGeneration((value) => value + 1);
    else setError({ status: 0, code: 'PREVIEW_FAILED', message: t.review.preview.failed } as ApiError);
  };
  return { source, error, renew };
}

function VideoPreview({ evidence }: { evidence: Evidence }) {
  const { source, error, renew } = useSource(evidence, true);
  const resumeAt = useRef(0);
  if (error) return <ErrorBanner error={error} />;
  if (!source) return <Loading label={t.review.preview.loading} />;
  return (
    <video
      className="preview-video"
      controls
      preload="metadata"
      src={source.url}
      aria-label={t.review.preview.video(evidence.fileName)}
      onLoadedMetadata={(event) => {
        if (resumeAt.current > 0) event.currentTarget.currentTime = resumeAt.current;
      }}
      onError={(event) => {
        resumeAt.current = event.currentTarget.currentTime;
        renew();
      }}
    />
  );
}

function ImagePreview({ evidence }: { evidence: Evidence }) {
  const { source, error, renew } = useSource(evidence, true);
  const [zoomed, setZoomed] = useState(false);
  if (error) return <ErrorBanner error={error} />;
  if (!source) return <Loading label={t.review.preview.loading} />;
  return (
    <button
      type="button"
      className={zoomed ? 'preview-image-frame zoomed' : 'preview-image-frame'}
      aria-pressed={zoomed}
      onClick={() => setZoomed((value) => !value)}
    >
      <img src={source.url} alt={t.review.preview.image(evidence.fileName)} onError={renew} />
    </button>
  );
}

function PdfPreview({ evidence, onDownload }: { evidence: Evidence; onDownload: () => void }) {
  const { source, error } = useSource(evidence, true);
  if (error) return <ErrorBanner error={error} />;
  if (!source) return <Loading label={t.review.preview.loading} />;
  return (
    <object
      className="preview-pdf"
      data={source.url}
      type="application/pdf"
      aria-label={t.review.preview.pdf(evidence.fileName)}
    >
      <p>
        {t.review.preview.pdfFallback}{' '}
        <button type="button" className="button-secondary" onClick={onDownload}>
          {t.review.preview.download(evidence.fileName)}
        </button>
      </p>
    </object>
  );
}

function LogPreview({ evidence }: { evidence: Evidence }) {
  const [content, setContent] = useState<string>();
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    let live = true;
    if (evidence.size === 0) {
      setContent('');
      return;
    }
    previewText(evidence.id, LOG_PREVIEW_BYTES).then(
      (text) => live && setContent(text),
      (failure: ApiError) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [evidence.id, evidence.size]);
  if (error) return <ErrorBanner error={error} />;
  if (content === undefined) return <Loading label={t.review.preview.loading} />;
  return (
    <>
      <pre className="preview-log" tabIndex={0} aria-label={t.review.preview.log(evidence.fileName)}>
        {content}
      </pre>
      {evidence.size > LOG_PREVIEW_BYTES && (
        <p className="muted small">
          {t.review.preview.logTruncated(formatBytes(LOG_PREVIEW_BYTES), formatBytes(evidence.size))}
        </p>
      )}
    </>
  );
}

/**
 * One evidence version shown in the page: video player (seeks through Range requests on a signed
 * link), image, PDF (with a download fallback), or the text of a log (its pre-check findings are
 * in the version list, `EvidenceVersions`).
 */
export function EvidencePreview({ evidence }: { evidence: Evidence }) {
  const [error, setError] = useState<ApiError>();
  const kind = previewKind(evidence.mediaType);
  const download = () => void downloadEvidence(evidence.id, evidence.fileName).catch(setError);
  return (
    <figure className={`preview preview-${kind}`} aria-label={t.review.preview.title(evidence.fileName)}>
      {kind === 'video' && <VideoPreview key={evidence.id} evidence={evidence} />}
      {kind === 'image' && <ImagePreview key={evidence.id} evidence={evidence} />}
      {kind === 'pdf' && <PdfPreview key={evidence.id} evidence={evidence} onDownload={download} />}
      {kind === 'log' && <LogPreview key={evidence.id} evidence={evidence} />}
      {kind === 'none' && <p className="muted">{t.review.preview.none}</p>}
      <figcaption className="preview-caption small">
        <span>
          {evidence.fileName} · {evidence.mediaType} · {formatBytes(evidence.size)}
        </span>
        <button type="button" className="button-ghost button-small" onClick={download}>
          {t.review.preview.download(evidence.fileName)}
        </button>
      </figcaption>
      <ErrorBanner error={error} />
    </figure>
  );
}
