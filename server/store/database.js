// @ts-check
/**
 * Opens the ledger's database: PostgreSQL when a URL is given, the embedded PGlite in a folder
 * otherwise. Each engine's library is loaded only when chosen: a PostgreSQL deployment never
 * loads the WebAssembly build. The schema and every query are shared (migrations.js, the store).
 */

/** @typedef {import('./types.js').Database} Database */

/**
 * @param {import('./types.js').OpenOptions} options
 * @returns {Promise<Database>}
 */
export async function openDatabase({ databaseUrl, dataDir, poolSize, create = true, readOnly = false, onConnectionLost }) {
  if (databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(databaseUrl, { poolSize, readOnly, onConnectionLost });
  }
  const { openEmbedded } = await import('./embedded.js');
  return openEmbedded(dataDir, { create });
}
