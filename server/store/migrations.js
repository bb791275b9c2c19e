// @ts-check
/**
 * The schema, as numbered migrations applied at start, in order, each once. Several
 * processes may start at the same moment: all of it runs in one transaction under an
 * advisory lock, so the second process waits and then finds nothing left to do.
 * Migrations are never edited once released; a change is a new entry at the end.
 */

/** @typedef {import('./database.js').Database} Database */

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
];

/**
 * Brings the schema up to the newest migration.
 * @param {Database} db
 * @returns {Promise<number[]>} The versions applied now (empty when already current).
 */
export async function migrate(db) {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS ledger_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await tx.query('SELECT version FROM ledger_migrations');
    const done = new Set(rows.map((row) => Number(row.version)));
    const newest = Math.max(0, ...done);
    const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
    // A database migrated by a newer release has a schema this one does not know.
    if (newest > latest) throw new Error(`consentry-ledger: the database schema is at version ${newest}, newer than this release knows (${latest}); upgrade consentry-ledger`);
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
