import { pipeline } from 'node:stream/promises';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { tenantOf, type Principal } from '../common/access/principal.js';
import { Authenticated } from '../common/access/access.decorator.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { ApiErrors } from '../common/openapi/api-errors.decorator.js';
import { setFileSecurityHeaders } from '../common/http/file-response.js';
import { DOSSIER_READERS } from '../common/dossier/dossier-access.js';
import { GridExportService, type GridExport } from './grid-export.service.js';
import { RoundArchiveService } from './round-archive.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv';

function send(response: Response, type: string, { fileName, content }: GridExport): void {
  response.setHeader('Content-Type', type);
  response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  setFileSecurityHeaders(response);
  response.setHeader('Content-Length', content.length);
  response.end(content);
}

@ApiTags('interop')
@Controller('dossiers')
export class InteropController {
  constructor(
    private readonly grids: GridExportService,
    private readonly archives: RoundArchiveService,
  ) {}

  @Get(':id/grid.xlsx')
  @Authenticated({ roles: DOSSIER_READERS, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'exportGrid',
    summary: 'The dossier as the ANS « Exigences » grid (XLSX), one row per scenario, the vendor columns filled',
    description:
      'Applicable, status or verdict, justification, and for each proof the file last uploaded with its SHA-256.',
  })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'The workbook', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiErrors({ 404: 'DOSSIER_NOT_FOUND' })
  async exportGrid(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    send(response, XLSX, await this.grids.export(tenantOf(principal), id, 'xlsx'));
  }

  @Get(':id/grid.csv')
  @Authenticated({ roles: DOSSIER_READERS, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'exportGridCsv',
    summary: 'The same grid as CSV: UTF-8 with a byte-order mark, semicolon-separated, one row per scenario',
    description: 'Cells a spreadsheet would read as a formula start with an apostrophe.',
  })
  @ApiProduces(CSV)
  @ApiOkResponse({ description: 'The grid', content: { [CSV]: { schema: { type: 'string' } } } })
  @ApiErrors({ 404: 'DOSSIER_NOT_FOUND' })
  async exportGridCsv(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    send(response, `${CSV}; charset=utf-8`, await this.grids.export(tenantOf(principal), id, 'csv'));
  }

  @Get(':id/rounds/:round/archive.zip')
  @Authenticated({ roles: DOSSIER_READERS, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'downloadRoundArchive',
    summary: 'A submitted round as a verifiable ZIP, streamed',
    description:
      'manifest.json (every file with its SHA-256, and the frozen submission manifest), verify.mjs (run `node verify.mjs` ' +
      'in the unzipped folder: exit 0 when intact, else the first differing file is named), index.html (an offline ' +
      'report), evidence/<scenario>/<proof>/v<n>-<file>, declarations/<scenario>/declaration-<id>.pdf|json.',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({
    description: 'The archive',
    content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors({ 400: 'VALIDATION_FAILED (round is not a round number)', 404: 'DOSSIER_NOT_FOUND or ROUND_NOT_FOUND' })
  async downloadArchive(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('round') round: string,
    @Res() response: Response,
  ): Promise<void> {
    if (!/^[1-9]\d{0,4}$/.test(round))
      throw new AppError(ErrorCode.ValidationFailed, 'round must be a round number (1, 2, …).');
    const archive = await this.archives.build(tenantOf(principal), id, Number(round));
    response.setHeader('Content-Type', 'application/zip');
    response.setHeader('Content-Disposition', `attachment; filename="${archive.fileName}"`);
    setFileSecurityHeaders(response);
    if (archive.size >= 0) response.setHeader('Content-Length', archive.size);
    // A blob that fails mid-way ends the response early: the client sees a truncated download.
    await pipeline(archive.stream, response).catch(() => response.destroy());
  }
}
