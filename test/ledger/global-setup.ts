// What the ledger tests share, made once: a throwaway PostgreSQL cluster, and an embedded
// database created and migrated by the ledger's own code, copied for each test that needs a
// fresh one (PGlite's initdb takes seconds on a busy machine; a copy takes milliseconds).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openEmbedded } from '../../server/store/embedded.js';
import { migrate } from '../../server/store/migrations.js';
import { startCluster, type Cluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    /** A DATA_DIR holding an empty, migrated embedded database, to copy. */
    embeddedTemplate: string;
  }
}

let cluster: Cluster | undefined;
let template: string | undefined;

export async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'consentry-ledger-template-'));
  template = dir;
  const [started] = await Promise.all([
    startCluster(),
    (async () => {
      const db = await openEmbedded(dir);
      await migrate(db);
      await db.close();
    })(),
  ]);
  cluster = started;
  project.provide('postgresUrl', cluster.url);
  project.provide('embeddedTemplate', dir);
}

export async function teardown() {
  await cluster?.stop();
  if (template) await rm(template, { recursive: true, force: true });
}
