// What the ledger tests share, made once: the ledger itself, packed and installed by its
// container recipe (docs/ledger.md) into a folder outside the repository, so that the whole
// suite runs against what ships (issue 23: the tests' imports of ../../server/ resolve there,
// vitest.config.ts); a throwaway PostgreSQL cluster; and an embedded database created and
// migrated by that installed code, copied for each test that needs a fresh one (PGlite's
// initdb takes seconds on a busy machine; a copy takes milliseconds).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { installLedgerByRecipe } from '../helpers/container-recipe';
import { startCluster, type Cluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    /** A DATA_DIR holding an empty, migrated embedded database, to copy. */
    embeddedTemplate: string;
    /** The installed consentry-ledger package the suite runs against (its cli.js is the command). */
    ledgerPackage: string;
    /** The folder the container recipe installed it in (the image's WORKDIR, outside the image). */
    ledgerFolder: string;
  }
}

let cluster: Cluster | undefined;
let template: string | undefined;
let installed: string | undefined;

export async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'consentry-ledger-template-'));
  template = dir;
  const [started, ledger] = await Promise.all([
    startCluster(),
    (async () => {
      const ledger = await installLedgerByRecipe();
      installed = ledger.folder;
      const { openEmbedded } = (await import(join(ledger.packageDir, 'store/embedded.js'))) as typeof import('../../server/store/embedded.js');
      const { migrate } = (await import(join(ledger.packageDir, 'store/migrations.js'))) as typeof import('../../server/store/migrations.js');
      const db = await openEmbedded(dir);
      await migrate(db);
      await db.close();
      return ledger;
    })(),
  ]);
  cluster = started;
  // Read by vitest.config.ts when it resolves the tests' imports, in this process.
  process.env.CONSENTRY_LEDGER_PACKAGE = ledger.packageDir;
  project.provide('postgresUrl', cluster.url);
  project.provide('embeddedTemplate', dir);
  project.provide('ledgerPackage', ledger.packageDir);
  project.provide('ledgerFolder', ledger.folder);
}

export async function teardown() {
  await cluster?.stop();
  await Promise.all([template, installed].map((folder) => (folder ? rm(folder, { recursive: true, force: true }) : undefined)));
}
