// Starts the throwaway PostgreSQL cluster the ledger tests share, and stops it after them.
import type { TestProject } from 'vitest/node';
import { startCluster, type Cluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

let cluster: Cluster | undefined;

export async function setup(project: TestProject) {
  cluster = await startCluster();
  project.provide('postgresUrl', cluster.url);
}

export async function teardown() {
  await cluster?.stop();
}
