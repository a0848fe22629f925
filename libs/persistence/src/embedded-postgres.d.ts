export interface EmbeddedPostgresHandle {
  /** Connection string of the `database` on the embedded server, as its owner (runs the migrations). */
  url: string;
  /** Connection string of the `database` as the app's role, which owns nothing. */
  appUrl: string;
  port: number;
  /** Connection string of a given database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
  /** Stops watching the server without stopping it: what a killed app leaves behind (tests). */
  forget(): void;
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (`<dataDir>/postgres`) and its lock and password files. */
  dataDir: string;
  database: string;
  /** The port to listen on; default a free one. A server started again keeps its clients' connection string. */
  port?: number;
  log?: (message: string) => void;
}

/** A port the OS says is free right now. */
export function freePort(): Promise<number>;

/**
 * Starts (initialising on first use) a real PostgreSQL in `<dataDir>/postgres`, on a free port,
 * and makes sure `database` exists. Data persists across restarts; a server or `postmaster.pid`
 * left behind by a crash is cleared first.
 */
export function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle>;
