import type { DataSource } from 'typeorm';
import type { LoadedReferential } from '@preuve/referentials';
import { ReferentialRepository } from '@preuve/persistence';

export type PublishOutcome = 'published' | 'unchanged';

/** Loading a file that changes a published version: refused, the published tree stays as it is. */
export class PublishedReferentialChangedError extends Error {
  constructor(loaded: LoadedReferential, publishedHash: string) {
    super(
      `Référentiel ${loaded.referential.code} ${loaded.referential.version} is already published with content hash ` +
        `${publishedHash}, but ${loaded.source} has hash ${loaded.contentHash}. A published version never changes: ` +
        'restore the file, or publish the change under a new version.',
    );
    this.name = 'PublishedReferentialChangedError';
  }
}

/** Publishes référentiels into Postgres, idempotently: loading the same content again does nothing. */
export class ReferentialPublisher {
  private readonly repository = new ReferentialRepository();

  constructor(private readonly dataSource: DataSource) {}

  async publish(loaded: LoadedReferential): Promise<PublishOutcome> {
    const { referential, contentHash } = loaded;
    return this.dataSource.transaction(async (manager) => {
      await this.repository.lockCodeVersion(manager, referential.code, referential.version);
      const existing = await this.repository.findByCodeAndVersion(manager, referential.code, referential.version);
      if (existing) {
        if (existing.contentHash !== contentHash)
          throw new PublishedReferentialChangedError(loaded, existing.contentHash);
        return 'unchanged';
      }
      await this.repository.insert(manager, {
        programme: referential.programme,
        code: referential.code,
        version: referential.version,
        title: referential.title,
        couloir: referential.couloir ?? null,
        dispositif: referential.dispositif ?? null,
        vague: referential.vague ?? null,
        status: 'published',
        contentHash,
        content: referential,
        publishedAt: new Date(),
      });
      return 'published';
    });
  }
}
