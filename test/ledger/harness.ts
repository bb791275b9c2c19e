// What the ledger tests share: a database of either engine, valid receipts to send, and
// small HTTP helpers. Real databases, real HTTP on free ports; nothing mocked.
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { startLedger, type LedgerOptions } from '../../server/ledger-server.js';
import { createLogger } from '../../server/ops/log.js';
import type { ConsentRecord } from '../../src/types';

export const ENGINES = ['embedded', 'postgresql'] as const;
export type Engine = (typeof ENGINES)[number];
export type Ledger = Awaited<ReturnType<typeof startLedger>>;

/** Receipts the tests edit: the public record type is read-only. */
type Writable<T> = { -readonly [K in keyof T]: T[K] extends object ? Writable<T[K]> : T[K] };
export type Receipt = { v: 1; record: Writable<ConsentRecord>; url: string; language: string; shown: string; revision: number };

export const TOKEN = 'test-token-'.padEnd(48, 'k');
export const MINUTE = 60_000;
const NOW = Date.now();
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();

/** A valid receipt, as the browser sends it, for a choice made `agoMinutes` ago. */
export function receipt(agoMinutes = 10, id: string = randomUUID(), site = 'https://example.com'): Receipt {
  return {
    v: 1,
    record: {
      id,
      revision: 3,
      givenAt: iso(NOW - 100_000 * MINUTE),
      updatedAt: iso(NOW - agoMinutes * MINUTE),
      expiresAt: iso(NOW + 182 * 24 * 60 * MINUTE),
      method: 'custom',
      categories: { necessary: true, analytical: false, functional: true, other: false },
      services: { youtube: true },
      gpc: false,
    },
    url: `${site}/pricing`,
    language: 'fr',
    shown: '1q2b7nm',
    revision: 3,
  };
}

/**
 * Where a ledger keeps its data: a fresh folder (embedded, a copy of the migrated template)
 * or a fresh database on the shared cluster (PostgreSQL). `drop` removes the folder;
 * databases go with the cluster.
 */
export async function freshStorage(engine: Engine): Promise<{ options: Pick<LedgerOptions, 'dataDir' | 'databaseUrl'>; drop: () => Promise<void> }> {
  if (engine === 'embedded') {
    const dataDir = await mkdtemp(join(tmpdir(), 'consentry-ledger-'));
    await cp(inject('embeddedTemplate'), dataDir, { recursive: true });
    return { options: { dataDir }, drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = `ledger_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return { options: { databaseUrl: inject('postgresUrl').replace(/\/postgres$/, `/${name}`) }, drop: async () => undefined };
}

/** Log lines a ledger wrote, parsed. */
export function captureLogs() {
  const lines: string[] = [];
  return { lines, log: createLogger({ write: (line) => void lines.push(line), secrets: [TOKEN] }) };
}

export const start = (storage: Pick<LedgerOptions, 'dataDir' | 'databaseUrl'>, options: LedgerOptions = {}) =>
  startLedger({ port: 0, token: TOKEN, log: captureLogs().log, rateLimit: null, ...storage, ...options });

/** POST like `sendBeacon` does by default: a string body as text/plain. */
export const post = (ledger: { url: string }, body: unknown, headers: Record<string, string> = {}) =>
  fetch(ledger.url + '/records', {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
  });

export const admin = (ledger: { url: string }, path: string, init: RequestInit = {}) =>
  fetch(ledger.url + path, { ...init, headers: { authorization: `Bearer ${TOKEN}`, ...(init.headers as Record<string, string>) } });

export type Exported = { site: string; seq: number; receivedAt: string; receipt: Receipt };
export const exportJson = async (ledger: { url: string }, query = '') => (await (await admin(ledger, `/export?format=json${query}`)).json()) as Exported[];

/** Ends every connection to `database` but the caller's, as `pg_terminate_backend` does in a failover. */
export async function terminateBackends(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
    return rows.length;
  } finally {
    await client.end();
  }
}
