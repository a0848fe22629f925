import { ApiError, authorizationHeader, type Schemas } from '../api/client';
import type { CodedProblemView } from './problem-texts';

export type ImportResult = Schemas['ImportGridResponseDto'];
export type ImportReport = Schemas['ImportReportDto'];
/** One bad cell of a refused grid (`details.rows` of 422 GRID_INVALID). */
export interface GridProblem extends CodedProblemView {
  row: number;
  column: string;
}

/** What the import form sends besides the file. */
export type ImportFields = Omit<Schemas['ImportGridRequestDto'], 'file'>;

/** POST /referentials/import as multipart (the fields first, the file last, as the server reads them). */
export async function importGrid(file: File, fields: ImportFields): Promise<ImportResult> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields) as [string, string | undefined][])
    if (value) form.append(name, value);
  form.append('file', file, file.name);
  const response = await fetch('/api/v1/referentials/import', {
    method: 'POST',
    headers: { ...(await authorizationHeader()), 'Accept-Language': 'fr' },
    body: form,
  }).catch(() => {
    throw new ApiError(0, 'NETWORK_ERROR', 'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.');
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw ApiError.from(response.status, body);
  return body as ImportResult;
}

/** The bad rows of a 422 GRID_INVALID, or the problems of a 422 OVERLAY_INVALID. */
export function gridProblemsOf(error: ApiError | undefined): GridProblem[] {
  const rows = (error?.details as { rows?: unknown } | undefined)?.rows;
  return Array.isArray(rows) ? (rows as GridProblem[]) : [];
}

/** The problems of a 422 OVERLAY_INVALID: coded (`overlayProblems`), else the bare texts (`problems`). */
export function overlayProblemsOf(error: ApiError | undefined): CodedProblemView[] {
  const details = error?.details as { problems?: unknown; overlayProblems?: unknown } | undefined;
  if (Array.isArray(details?.overlayProblems)) return details.overlayProblems as CodedProblemView[];
  const problems = details?.problems;
  return Array.isArray(problems) ? problems.map((problem) => ({ message: String(problem) })) : [];
}

/** Saves a download from an authenticated GET (grid export, round archive) under the server's name. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: { ...(await authorizationHeader()), 'Accept-Language': 'fr' } }).catch(
    () => {
      throw new ApiError(0, 'NETWORK_ERROR', 'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.');
    },
  );
  if (!response.ok) throw ApiError.from(response.status, await response.json().catch(() => undefined));
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
