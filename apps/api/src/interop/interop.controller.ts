import { pipeline } from 'node:stream/promises';
import { Controller, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { tenantOf, type Principal } from '../common/access/principal.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { XLSX_FILE, type DownloadedFile } from '../common/openapi/operation.decorator.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { setFileSecurityHeaders, sendFile } from '../common/http/file-response.js';
import { READ_DOSSIERS } from '../common/dossier/dossier-access.js';
import { GridExportService } from './grid-export.service.js';
import { RoundArchiveService } from './round-archive.service.js';
import { DownloadRoute } from '../common/openapi/route.decorator.js';

const CSV_FILE: DownloadedFile = { mediaType: 'text/csv', description: 'The grid', text: true };
const ZIP_FILE: DownloadedFile = { mediaType: 'application/zip', description: 'The archive' };

@ApiTags('interop')
@Controller('dossiers')
export class InteropController {
  constructor(
    private readonly grids: GridExportService,
    private readonly archives: RoundArchiveService,
  ) {}

  @DownloadRoute(':id/grid.xlsx', READ_DOSSIERS, XLSX_FILE, {
    operationId: 'exportGrid',
    summary: 'The dossier as the ANS « Exigences » grid (XLSX), one row per scenario, the vendor columns filled',
    description:
      'Applicable, status or verdict, justification, and for each proof the file last uploaded with its SHA-256.',
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  async exportGrid(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    sendFile(response, { type: XLSX_FILE.mediaType, ...(await this.grids.export(tenantOf(principal), id, 'xlsx')) });
  }

  @DownloadRoute(':id/grid.csv', READ_DOSSIERS, CSV_FILE, {
    operationId: 'exportGridCsv',
    summary: 'The same grid as CSV: UTF-8 with a byte-order mark, semicolon-separated, one row per scenario',
    description: 'Cells a spreadsheet would read as a formula start with an apostrophe.',
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  async exportGridCsv(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const grid = await this.grids.export(tenantOf(principal), id, 'csv');
    sendFile(response, { type: `${CSV_FILE.mediaType}; charset=utf-8`, ...grid });
  }

  @DownloadRoute(':id/rounds/:round/archive.zip', READ_DOSSIERS, ZIP_FILE, {
    operationId: 'downloadRoundArchive',
    summary: 'A submitted round as a verifiable ZIP, streamed',
    description:
      'manifest.json (every file with its SHA-256, and the frozen submission manifest), verify.mjs (run `node verify.mjs` ' +
      'in the unzipped folder: exit 0 when intact, else the first differing file is named), index.html (an offline ' +
      'report), evidence/<scenario>/<proof>/v<n>-<file>, declarations/<scenario>/declaration-<id>.pdf|json.',
    errors: { 400: 'VALIDATION_FAILED (round is not a round number)', 404: 'DOSSIER_NOT_FOUND or ROUND_NOT_FOUND' },
  })
  async downloadArchive(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('round') round: string,
    @Res() response: Response,
  ): Promise<void> {
    if (!/^[1-9]\d{0,4}$/.test(round))
      throw new AppError(ErrorCode.ValidationFailed, 'round must be a round number (1, 2, …).');
    const archive = await this.archives.build(tenantOf(principal), id, Number(round));
    response.setHeader('Content-Type', ZIP_FILE.mediaType);
    response.setHeader('Content-Disposition', `attachment; filename="${archive.fileName}"`);
    setFileSecurityHeaders(response);
    if (archive.size >= 0) response.setHeader('Content-Length', archive.size);
    // A blob that fails mid-way ends the response early: the client sees a truncated download.
    await pipeline(archive.stream, response).catch(() => response.destroy());
  }
}
