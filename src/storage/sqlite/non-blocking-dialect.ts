import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Kysely,
  type QueryResult,
  type SqliteDialectConfig,
} from 'kysely';

/**
 * Kysely's SQLite dialect, except that waiting for another connection's write lock never blocks
 * the thread.
 *
 * better-sqlite3 waits for a lock inside SQLite (`busy_timeout`), synchronously: on the event loop
 * that stalls every request, redirects included, for as long as the click writer thread holds the
 * lock. Here the connection runs with `busy_timeout = 0`; a statement that finds the lock taken
 * fails at once with SQLITE_BUSY, having done nothing, and is tried again after a timer (1 ms,
 * doubling up to 25 ms) until `lockWaitMs` have passed — then the error surfaces (the API answers
 * 503). Transactions start with `BEGIN IMMEDIATE`, which takes the write lock up front: only the
 * BEGIN itself can meet a busy lock, never a statement half-way through a transaction (a deferred
 * transaction that read first could not take the lock after another commit, and would have to
 * start over).
 *
 * While a transaction waits for its BEGIN, it holds Kysely's single-connection mutex, so this
 * connection's other queries wait behind it (asynchronously too).
 */
export class NonBlockingSqliteDialect implements Dialect {
  private readonly config: SqliteDialectConfig;
  private readonly lockWaitMs: number;

  constructor(config: SqliteDialectConfig & { lockWaitMs: number }) {
    const { lockWaitMs, ...rest } = config;
    this.config = rest;
    this.lockWaitMs = lockWaitMs;
  }

  createDriver() {
    return new NonBlockingSqliteDriver(this.config, this.lockWaitMs);
  }

  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }

  createAdapter() {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<any>) {
    return new SqliteIntrospector(db);
  }
}

class NonBlockingSqliteDriver extends SqliteDriver {
  private readonly lockWaitMs: number;
  private readonly wrapped = new WeakMap<DatabaseConnection, DatabaseConnection>();

  constructor(config: SqliteDialectConfig, lockWaitMs: number) {
    super(config);
    this.lockWaitMs = lockWaitMs;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    let retrying = this.wrapped.get(connection);
    if (!retrying) {
      retrying = {
        executeQuery: <R>(query: CompiledQuery) => whileBusy(() => connection.executeQuery<R>(query), this.lockWaitMs),
        streamQuery: <R>(query: CompiledQuery, chunkSize?: number) => connection.streamQuery<R>(query, chunkSize),
      };
      this.wrapped.set(connection, retrying);
    }
    return retrying;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  /**
   * After some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM) SQLite has already rolled the
   * transaction back itself, and a ROLLBACK then fails with "no transaction is active", an error
   * that would replace the real one (`/readyz` said "cannot rollback" on a full disk: issue 17).
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await connection.executeQuery(CompiledQuery.raw('rollback'));
    } catch (error) {
      if (!/no transaction is active/i.test(String((error as Error)?.message))) throw error;
    }
  }
}

const MAX_PAUSE_MS = 25;

/** Run `attempt` again after a pause while it fails with SQLITE_BUSY, for up to `waitMs`. */
async function whileBusy<R>(attempt: () => Promise<QueryResult<R>>, waitMs: number): Promise<QueryResult<R>> {
  const deadline = Date.now() + waitMs;
  for (let pause = 1; ; pause = Math.min(pause * 2, MAX_PAUSE_MS)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

function isBusy(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('SQLITE_BUSY');
}
