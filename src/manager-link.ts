/**
 * The gate's link to the manager (src/manager/): fetched once, only when a visit needs it,
 * and started with the gate's context. Checking the config runs in a task of its own, after
 * the chunk's, and the views draw the first view in another (src/manager/views.ts), so none
 * of them makes a long task. If the chunk fails to load, the gate stays as it is: nothing
 * is granted that was not.
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
      if (loaded) return then(loaded);
      loading ??= (source.loadManager ? source.loadManager() : Promise.reject(Error('this build has no manager'))).then(
        // Started in a task after the chunk's own (the views draw in another one).
        (startManager) => nextTask().then(() => (adopt(startManager), loaded)),
        (error) => gate.log('error', 'the manager did not load; nothing more is granted, and choices hold for this page only', error),
      );
      loading.then((manager) => manager && alive() && then(manager));
    },
  };
}
