/**
 * `consentry/vue`: `app.use(consentry, config)` and the `useConsent()` composable. The
 * instance starts after `app.mount()`, in the browser only, so server rendering and
 * hydration both see "no choice" and agree; the stored choice arrives right after.
 */
import { inject, shallowRef, triggerRef, type App, type InjectionKey, type Plugin, type Ref, type ShallowRef } from 'vue';
import { createConsentry, type Config, type ConsentRecord, type Consentry } from 'consentry';
import { STATE_EVENTS } from '../state-events';

export type { Config, ConsentRecord, Consentry } from 'consentry';


export interface ConsentState {
  /** The visitor's choice, or `null` before one (and always on the server). */
  readonly record: Readonly<Ref<ConsentRecord | null>>;
  /** Whether `category` is granted; reactive. `false` on the server and before mount. */
  accepted(category: string): boolean;
  /** The same for a service. */
  acceptedService(id: string): boolean;
  /** The instance, for `acceptAll()`, `showPreferences()` and the rest; `null` before mount. */
  readonly consentry: Readonly<ShallowRef<Consentry | null>>;
}

const KEY: InjectionKey<ConsentState> = Symbol('consentry');

const known = (names: object, name: string) => Object.prototype.hasOwnProperty.call(names, name);

function install(app: App, config?: Config) {
  const instance = shallowRef<Consentry | null>(null);
  const record = shallowRef<ConsentRecord | null>(null);
  const warned = new Set<string>();
  // Read by every render, so an unknown name is reported once, not on each one.
  const ask = (kind: 'categories' | 'services', name: string) => {
    const cmp = instance.value;
    if (!cmp) return false;
    if (known(cmp.config[kind], name)) return kind === 'categories' ? cmp.accepted(name) : cmp.acceptedService(name);
    if (!warned.has(kind + name)) kind === 'categories' ? cmp.accepted(name) : cmp.acceptedService(name);
    warned.add(kind + name);
    return false;
  };
  const state: ConsentState = {
    record,
    consentry: instance,
    accepted: (category) => (record.value, ask('categories', category)),
    acceptedService: (id) => (record.value, ask('services', id)),
  };
  app.provide(KEY, state);

  if (typeof document === 'undefined') return;
  const mount = app.mount;
  app.mount = (...args: Parameters<App['mount']>) => {
    const root = mount(...args);
    const cmp = (instance.value = createConsentry(config));
    const update = () => {
      record.value = cmp.get();
      // accepted() can change with no new record (reset(), opt-out defaults): re-run its readers.
      triggerRef(record);
    };
    const off = STATE_EVENTS.map((name) => cmp.on(name, update));
    update();
    app.onUnmount(() => {
      off.forEach((stop) => stop());
      cmp.destroy();
      instance.value = record.value = null;
    });
    return root;
  };
}

/** The plugin: `app.use(consentry, config)`. */
export const consentry: Plugin<[Config?]> = { install };
export default consentry;

/** The page's consent state, from `app.use(consentry, config)`. */
export function useConsent(): ConsentState {
  const state = inject(KEY, null);
  if (!state) throw new Error('consentry/vue: useConsent() needs app.use(consentry, config) first');
  return state;
}
