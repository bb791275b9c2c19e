/**
 * The gate's link to the manager (src/manager/): fetched once, only when a visit needs it,
 * and started in a task after the chunk's own. Commands given before it is there wait for
 * it. If it fails to load, the gate stays as it is: nothing is granted that was not.
 */
import type { Log } from './log';
import type { Manager, ManagerContext, StartManager } from './seams';

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

export function linkManager(source: ManagerSource, log: Log, context: () => ManagerContext | undefined, onStart: (manager: Manager) => void): ManagerLink {
  let loaded: Manager | undefined;
  let loading: Promise<Manager | void> | undefined;
  const adopt = (start: StartManager) => {
    const given = context();
    if (!loaded && given) onStart((loaded = start(given)));
    return loaded;
  };
  return {
    get loaded() {
      return loaded;
    },
    with(then) {
      if (!context()) return;
      if (source.manager) adopt(source.manager);
      if (loaded) return then(loaded);
      loading ??= (source.loadManager ? source.loadManager() : Promise.reject(Error('this build has no manager'))).then(
        (start) => new Promise<void>((resolve) => context()?.env.win.setTimeout(resolve)).then(() => adopt(start)),
        (error) => log('error', 'the manager did not load; nothing more is granted, and choices hold for this page only', error),
      );
      loading.then((manager) => manager && context() && then(manager));
    },
  };
}
