// A fake Consentry for component tests: the public interface, with spies, over a config
// shaped like the core's validated one. The UI must work with nothing more than this.
import { vi } from 'vitest';
import { defaultConfig } from '../../src/gate/defaults';
import type { ConsentRecord, Consentry, ConsentryEvents, EventName, ResolvedConfig, TextOverrides } from '../../src/index';

export interface FakeOptions {
  config?: Partial<ResolvedConfig>;
  record?: Partial<ConsentRecord> | null;
  language?: string;
  texts?: TextOverrides;
}

export function fakeConfig(config: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return { ...defaultConfig(), ...config };
}

export type FakeConsentry = Consentry & {
  [K in 'acceptAll' | 'rejectAll' | 'set' | 'show' | 'hide' | 'showPreferences']: ReturnType<typeof vi.fn>;
} & { emit<K extends EventName>(name: K, detail: ConsentryEvents[K]): void; language: string; textsNow: TextOverrides };

export function fakeCmp({ config, record = null, language = 'en', texts = {} }: FakeOptions = {}): FakeConsentry {
  const resolved = fakeConfig(config);
  const listeners = new Map<string, Set<(detail: unknown) => void>>();
  const granted = (kind: 'categories' | 'services', name: string) => {
    const category = kind === 'categories' ? resolved.categories[name] : undefined;
    if (category?.readOnly) return true;
    const stored = record?.[kind]?.[name];
    if (stored !== undefined) return stored;
    if (kind === 'services') return granted('categories', resolved.services[name]!.category);
    return resolved.mode !== 'opt-in' && !(name === 'other' && resolved.gpc && navigator.globalPrivacyControl === true);
  };
  const cmp = {
    config: resolved,
    language,
    textsNow: texts,
    get: () => (record ? (record as ConsentRecord) : null),
    accepted: (name: string) => granted('categories', name),
    acceptedService: (id: string) => granted('services', id),
    acceptAll: vi.fn(),
    rejectAll: vi.fn(),
    set: vi.fn(),
    reset: vi.fn(),
    show: vi.fn(),
    hide: vi.fn(),
    showPreferences: vi.fn(),
    on(name: string, listener: (detail: unknown) => void) {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name)!.add(listener);
      return () => listeners.get(name)!.delete(listener);
    },
    emit(name: string, detail: unknown) {
      for (const listener of listeners.get(name) ?? []) listener(detail);
    },
    texts() {
      return cmp.textsNow;
    },
    setLanguage: vi.fn(async () => {}),
    destroy: vi.fn(),
  };
  return cmp as unknown as FakeConsentry;
}
