// @ts-check
/**
 * The schema, as numbered migrations applied at start, in order, each once. Several
 * processes may start at the same moment: all of it runs in one transaction under an
 * advisory lock, so the second process waits and then finds nothing left to do.
 * Migrations are never edited once released; a change is a new entry at the end. A role that
 * may not create tables (docs/ledger.md, "Least privilege") serves a current schema without
 * touching it: nothing runs that needs more than reading `ledger_migrations`.
 */

/** @typedef {import('./types.js').Database} Database */

/** Any fixed number: the key every ledger process takes before touching the schema. */
const MIGRATION_LOCK = 7_350_120_113;

/** @type {readonly { version: number, name: string, sql: string }[]} */
export const MIGRATIONS = [
  {
    version: 1,
    name: 'chain and receipts',
    sql: `
      -- One row per chain entry, per site; never changed or removed (the triggers below).
      CREATE TABLE ledger_chain (
        site text NOT NULL,
        seq bigint NOT NULL CHECK (seq > 0),
        kind text NOT NULL CHECK (kind IN ('receipt', 'erasure', 'retention')),
        at timestamptz NOT NULL,
        content_digest text NOT NULL,
        note text,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (site, seq)
      );
      -- The receipts themselves: the only rows erasure and retention delete.
      CREATE TABLE ledger_receipts (
        site text NOT NULL,
        seq bigint NOT NULL,
        consent_id text NOT NULL,
        updated_at timestamptz NOT NULL,
        record_digest text NOT NULL,
        receipt text NOT NULL,
        salt text NOT NULL,
        client text,
        PRIMARY KEY (site, seq),
        FOREIGN KEY (site, seq) REFERENCES ledger_chain (site, seq),
        -- A choice is stored once, whichever process receives its retries.
        UNIQUE (consent_id, updated_at)
      );
      CREATE INDEX ledger_receipts_updated_at ON ledger_receipts (updated_at);
      CREATE INDEX ledger_chain_at ON ledger_chain (at, site, seq);
      CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'consentry-ledger: % is append-only: % refused', TG_TABLE_NAME, TG_OP;
        END
      $$;
      CREATE TRIGGER ledger_chain_append_only BEFORE UPDATE OR DELETE ON ledger_chain
        FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
      CREATE TRIGGER ledger_receipts_never_updated BEFORE UPDATE ON ledger_receipts
        FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
    `,
  },
  {
    version: 2,
    name: 'insights counters',
    sql: `
      -- Consent insights (SPEC 12): daily counters, never a row per event, never an address.
      -- Each event adds one to its counter in every dimension separately (all, language,
      -- region, revision, device, mode, gpc), never to a combination of them: the breakdowns
      -- read few rows, and no cell describes a visitor by seven attributes at once.
      CREATE TABLE insights_counters (
        site text NOT NULL,
        dimension text NOT NULL CHECK (dimension IN ('all', 'language', 'region', 'revision', 'device', 'mode', 'gpc')),
        day date NOT NULL,
        value text NOT NULL,
        event text NOT NULL CHECK (event IN ('shown', 'preferences', 'choice')),
        method text NOT NULL,
        category text NOT NULL,
        granted boolean NOT NULL,
        count bigint NOT NULL CHECK (count > 0),
        PRIMARY KEY (site, dimension, day, value, event, method, category, granted)
      );
      CREATE INDEX insights_counters_day ON insights_counters (day);
    `,
  },
];

/** The newest schema this release knows. */
export const LATEST = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** PostgreSQL's insufficient_privilege. */
const DENIED = '42501';

/**
 * The schema's version, or null when the database holds no ledger (no `ledger_migrations`).
 * Reads only.
 * @param {Database} db
 * @returns {Promise<number | null>}
 */
export async function schemaVersion(db) {
  const { rows } = await db.query("SELECT to_regclass('ledger_migrations') IS NOT NULL AS present");
  if (!rows[0].present) return null;
  const versions = await db.query('SELECT coalesce(max(version), 0)::integer AS version FROM ledger_migrations');
  return Number(versions.rows[0].version);
}

/** @param {number} version */
const newerProblem = (version) => `consentry-ledger: the database schema is at version ${version}, newer than this release knows (${LATEST}); upgrade consentry-ledger`;

/**
 * Checks, reading only, that the database holds a current ledger: what the commands that must
 * not create anything (verify, heads, export, purge) require.
 * @param {Database} db
 * @throws {Error} naming the variable, when the database is empty or its schema is not current.
 */
export async function checkSchema(db) {
  const version = await schemaVersion(db);
  const variable = db.engine === 'embedded' ? 'DATA_DIR' : 'DATABASE_URL';
  if (version === null) {
    throw new Error(`consentry-ledger: ${variable}: no ledger in ${db.where} (no ledger_migrations table): a wrong or empty database; "consentry-ledger migrate" creates one`);
  }
  if (version > LATEST) throw new Error(newerProblem(version));
  if (version < LATEST) throw new Error(`consentry-ledger: the database schema is at version ${version}, older than this release's (${LATEST}); run "consentry-ledger migrate" first`);
}

/**
 * Brings the schema up to the newest migration. A current schema is left alone without a
 * write or a lock.
 * @param {Database} db
 * @returns {Promise<number[]>} The versions applied now (empty when already current).
 */
export async function migrate(db) {
  const version = await schemaVersion(db);
  if (version !== null && version > LATEST) throw new Error(newerProblem(version));
  if (version === LATEST) return [];
  try {
    return await applyMigrations(db);
  } catch (error) {
    if (/** @type {{ code?: string }} */ (error)?.code !== DENIED) throw error;
    throw new Error(
      `consentry-ledger: the database needs the ledger schema (version ${LATEST}), and this role may not create it (${/** @type {Error} */ (error).message}): run "consentry-ledger migrate" as the database's owner`,
    );
  }
}

/**
 * @param {Database} db
 * @returns {Promise<number[]>}
 */
function applyMigrations(db) {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS ledger_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await tx.query('SELECT version FROM ledger_migrations');
    const done = new Set(rows.map((row) => Number(row.version)));
    const newest = Math.max(0, ...done);
    // Another release may have migrated while this one waited for the lock.
    if (newest > LATEST) throw new Error(newerProblem(newest));
    /** @type {number[]} */
    const applied = [];
    for (const { version, name, sql } of MIGRATIONS) {
      if (done.has(version)) continue;
      await tx.exec(sql);
      await tx.query('INSERT INTO ledger_migrations (version, name) VALUES ($1, $2)', [version, name]);
      applied.push(version);
    }
    return applied;
  });
}
