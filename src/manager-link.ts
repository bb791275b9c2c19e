/**
 * The gate's link to the manager (src/manager/): fetched once, only when a visit needs it,
 * and started with the gate's context. Checking the config and drawing the first view run
 * in tasks of their own, after the chunk's, so none of them makes a long task. If the chunk
 * fails to load, the gate stays as it is: nothing is granted that was not.
 */
import type { GateContext, Manager, StartManager } from './seams';

export interface ManagerSource {
  /** Fetches the manager: the script tag injects its chunk, npm imports it. */
  loadManager?: () => Promise<StartManager>;
  /** The manager itself, when it is in the same bundle (consentry.all.js, tests): started at once. */
  manager?: StartManager;
}

export interface ManagerLink {
  /** The manager, once started. */
  readonly loaded: Manager | undefined;
  /** Runs `then` with the manager, fetching and starting it first if need be. */
  with(then: (manager: Manager) => void): void;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

export function linkManager(source: ManagerSource, gate: GateContext, alive: () => boolean, onStart: (manager: Manager) => void): ManagerLink {
  let loaded: Manager | undefined;
  let loading: Promise<Manager | void> | undefined;
  /** Started in this task: what it asks for waits for the next one. */
  let settling = false;
  const adopt = (startManager: StartManager) => {
    if (loaded || !alive()) return;
    loaded = startManager(gate);
    onStart(loaded);
  };
  return {
    get loaded() {
      return loaded;
    },
    with(then) {
      if (!alive()) return;
      if (source.manager) adopt(source.manager);
      if (loaded && !settling) return then(loaded);
      loading ??= (source.loadManager ? source.loadManager() : Promise.reject(Error('this build has no manager'))).then(
        async (startManager) => {
          await nextTask();
          settling = true;
          try {
            adopt(startManager);
          } finally {
            await nextTask();
            settling = false;
          }
          return loaded;
        },
        (error) => gate.log('error', 'the manager did not load; nothing more is granted, and choices hold for this page only', error),
      );
      loading.then((manager) => manager && alive() && then(manager));
    },
  };
}
