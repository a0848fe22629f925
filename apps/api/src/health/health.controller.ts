import { Controller, Inject } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { BlobStore } from '@preuve/storage';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import type { AppConfig } from '../config.js';
import { BLOB_STORE } from '../evidence/blob-store.provider.js';
import { SharedReads } from '../common/shared-reads.js';
import { ReadRoute } from '../common/openapi/route.decorator.js';

/** Readiness wants room for one more large upload in the blob store, at most 1 GiB. */
const ONE_GIB = 1024 ** 3;

class HealthResponse {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';
}

class ReadinessResponse extends HealthResponse {
  @ApiProperty({ enum: ['ok'], description: 'The database answers.' })
  database: 'ok';

  @ApiProperty({ enum: ['ok'], description: 'The blob store answers (BLOB_STORE=s3: the bucket is reachable).' })
  blobStore: 'ok';

  @ApiProperty({
    required: false,
    description: 'Free bytes on the file system of the blob store (DATA_DIR); absent for an S3-compatible store.',
  })
  blobStoreFreeBytes?: number;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  /** `SELECT 1`, shared by concurrent probes: each answered by a ping begun after it arrived. */
  private readonly pings = new SharedReads<unknown>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService<AppConfig, true>,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  private async databaseAnswers(): Promise<void> {
    try {
      await this.pings.read('ping', () => this.dataSource.query('SELECT 1'));
    } catch {
      throw new AppError(ErrorCode.DatabaseUnavailable, 'The database does not answer.');
    }
  }

  @ReadRoute('/', 'public', HealthResponse, {
    operationId: 'getHealth',
    summary: 'Health: the migrations ran and the database answers (kept for existing probes; see /health/ready)',
    errors: { 503: '' },
  })
  async health(): Promise<HealthResponse> {
    await this.databaseAnswers();
    return { status: 'ok' };
  }

  @ReadRoute('live', 'public', HealthResponse, {
    operationId: 'getLiveness',
    summary: 'Liveness: the process answers (no dependency checked; restart the instance when it fails)',
  })
  live(): HealthResponse {
    return { status: 'ok' };
  }

  @ReadRoute('ready', 'public', ReadinessResponse, {
    operationId: 'getReadiness',
    summary:
      'Readiness: the database answers and the blob store answers and has room for one more large upload (send no traffic while it fails)',
    errors: { 503: 'DATABASE_UNAVAILABLE, BLOB_STORE_UNAVAILABLE or STORAGE_FULL' },
  })
  async ready(): Promise<ReadinessResponse> {
    await this.databaseAnswers();
    const needed = Math.min(this.config.get('maxUploadBytes', { infer: true }), ONE_GIB);
    const { freeBytes: free } = await this.blobs.status().catch(() => {
      throw new AppError(ErrorCode.BlobStoreUnavailable, 'The blob store does not answer.');
    });
    // An object store has no fixed capacity to check.
    if (free === null) return { status: 'ok', database: 'ok', blobStore: 'ok' };
    if (free < needed) {
      throw new AppError(ErrorCode.StorageFull, `The blob store has ${free} bytes free; uploads need ${needed}.`, {
        freeBytes: free,
        neededBytes: needed,
      });
    }
    return { status: 'ok', database: 'ok', blobStore: 'ok', blobStoreFreeBytes: free };
  }
}
