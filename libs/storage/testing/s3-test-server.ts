import { mkdtemp, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

// ---------------------------------------------------------------------------------------------
// A real S3-compatible server for tests and the bench: the `s3rver` package (objects as files in a
// temporary directory), on a free loopback port. s3rver answers neither ListMultipartUploads nor
// AbortMultipartUpload; this front adds both over s3rver's own record of pending uploads, so that
// the sweep of abandoned multipart uploads runs against a server too.
// ---------------------------------------------------------------------------------------------

const UPLOADS_DIR = '._S3rver_uploads';

export class S3TestServer {
  private constructor(
    private readonly server: Server,
    readonly directory: string,
    readonly bucket: string,
    readonly port: number,
  ) {}

  /** s3rver accepts any signature from these. */
  readonly accessKeyId = 'S3RVER';
  readonly secretAccessKey = 'S3RVER';
  readonly region = 'us-east-1';

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The variables that point the app at this server. */
  environment(): Record<string, string> {
    return {
      BLOB_STORE: 's3',
      S3_ENDPOINT: this.endpoint,
      S3_BUCKET: this.bucket,
      S3_REGION: this.region,
      S3_ACCESS_KEY_ID: this.accessKeyId,
      S3_SECRET_ACCESS_KEY: this.secretAccessKey,
      S3_FORCE_PATH_STYLE: '1',
    };
  }

  static async start(bucket = 'preuve-test'): Promise<S3TestServer> {
    const directory = await mkdtemp(join(tmpdir(), 'preuve-s3-'));
    const s3rver = new S3rver({ silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
    await s3rver.configureBuckets();
    const handle = s3rver.callback();
    const server = createServer((request, response) => {
      multipartExtension(request, response, directory).then(
        (handled) => {
          if (!handled) handle(request, response);
        },
        (error: Error) => {
          response.statusCode = 500;
          response.end(String(error));
        },
      );
    });
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return new S3TestServer(server, directory, bucket, (server.address() as AddressInfo).port);
  }

  /** The file s3rver keeps an object's bytes in. */
  objectPath(key: string, bucket = this.bucket): string {
    return join(this.directory, bucket, `${key}._S3rver_object`);
  }

  /** Sets an object's LastModified (s3rver reads it from the file's modification time): ages it for a sweep. */
  async setModified(key: string, when: Date, bucket = this.bucket): Promise<void> {
    await utimes(this.objectPath(key, bucket), when, when);
  }

  /** Multipart uploads begun and neither completed nor aborted. */
  async pendingUploads(bucket = this.bucket): Promise<string[]> {
    return readdir(join(this.directory, bucket, UPLOADS_DIR)).catch(() => []);
  }

  /** Ages a pending multipart upload (its Initiated time is its directory's modification time). */
  async setInitiated(uploadId: string, when: Date, bucket = this.bucket): Promise<void> {
    await utimes(join(this.directory, bucket, UPLOADS_DIR, uploadId), when, when);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await rm(this.directory, { recursive: true, force: true });
  }
}

/** ListMultipartUploads and AbortMultipartUpload, which s3rver lacks; false for every other request. */
async function multipartExtension(
  request: IncomingMessage,
  response: ServerResponse,
  directory: string,
): Promise<boolean> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const bucket = url.pathname.split('/')[1] ?? '';
  if (!/^[a-z0-9][a-z0-9.-]{1,62}$/.test(bucket)) return false;
  const uploadsDir = join(directory, bucket, UPLOADS_DIR);
  if (request.method === 'GET' && /^\/[^/]+\/?$/.test(url.pathname) && url.searchParams.has('uploads')) {
    const prefix = url.searchParams.get('prefix') ?? '';
    const entries: string[] = [];
    for (const uploadId of (await readdir(uploadsDir).catch(() => [])).sort()) {
      const key = await readFile(join(uploadsDir, uploadId, 'key'), 'utf8').catch(() => null);
      if (key === null || !key.startsWith(prefix)) continue;
      const initiated = (await stat(join(uploadsDir, uploadId))).mtime.toISOString();
      entries.push(
        `<Upload><Key>${escapeXml(key)}</Key><UploadId>${uploadId}</UploadId><Initiated>${initiated}</Initiated></Upload>`,
      );
    }
    response.setHeader('Content-Type', 'application/xml');
    response.end(
      `<?xml version="1.0" encoding="UTF-8"?><ListMultipartUploadsResult><Bucket>${bucket}</Bucket>` +
        `<Prefix>${escapeXml(prefix)}</Prefix><IsTruncated>false</IsTruncated>${entries.join('')}</ListMultipartUploadsResult>`,
    );
    return true;
  }
  const uploadId = url.searchParams.get('uploadId');
  if (request.method === 'DELETE' && uploadId !== null && url.pathname.startsWith(`/${bucket}/`)) {
    if (!/^[0-9a-zA-Z_-]+$/.test(uploadId)) {
      response.statusCode = 400;
      response.end();
      return true;
    }
    await rm(join(uploadsDir, uploadId), { recursive: true, force: true });
    response.statusCode = 204;
    response.end();
    return true;
  }
  return false;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
