/**
 * The bridge between one Consentry instance and React: a store that `useSyncExternalStore`
 * reads. The instance is created by `start()`, which the provider calls in an effect, so
 * nothing runs during render or on the server; until then every snapshot is "no choice".
 */
import { createConsentry, type Config, type ConsentRecord, type Consentry } from 'consentry';
import { STATE_EVENTS } from '../state-events';


export interface ConsentStore {
  /** The instance, once the provider has mounted in a browser. */
  readonly instance: Consentry | null;
  subscribe(listener: () => void): () => void;
  record(): ConsentRecord | null;
  accepted(category: string): boolean;
  /** Creates (or joins) the page's instance; returns what undoes it. */
  start(): () => void;
}

export function createStore(config: Config | undefined): ConsentStore {
  let instance: Consentry | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  /** Pending destroy: React's StrictMode unmounts and remounts at once, and the banner must not flash. */
  let stopping: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: (() => void)[] = [];
  const warned = new Set<string>();

  return {
    get instance() {
      return instance;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    record: () => instance?.get() ?? null,
    accepted(category) {
      if (!instance) return false;
      // Checked here, not by accepted(): snapshots are read on every render, the warning is due once.
      if (!Object.prototype.hasOwnProperty.call(instance.config.categories, category)) {
        if (!warned.has(category)) instance.accepted(category);
        warned.add(category);
        return false;
      }
      return instance.accepted(category);
    },
    start() {
      clearTimeout(stopping);
      if (!instance) {
        instance = createConsentry(config);
        unsubscribe = STATE_EVENTS.map((name) => instance!.on(name, notify));
        notify();
      }
      return () => {
        stopping = setTimeout(() => {
          unsubscribe.forEach((off) => off());
          instance?.destroy();
          instance = null;
          notify();
        });
      };
    },
  };
}
