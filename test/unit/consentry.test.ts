import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeRecord } from '../../src/gate/codec';
import type { UIController } from '../../src/gate/seams';
import type { InstanceOptions } from '../helpers/instance';
import { createInstance } from '../helpers/instance';
import type { ConsentRecord, Consentry } from '../../src/types';
import { blockCookies, testEnv, tick } from '../helpers/env';

let live: Consentry[] = [];
afterEach(() => {
  for (const cmp of live) cmp.destroy();
  live = [];
});

/** An instance with a fake banner that records what the core asks it to show. */
function create(config?: unknown, options: InstanceOptions = {}) {
  const ui: UIController & { views: string[] } = {
    views: [],
    show: vi.fn((view) => void ui.views.push(view)),
    hide: vi.fn(() => ui.views.push('hidden')),
    destroy: vi.fn(),
  };
  const loadUI = vi.fn(async () => () => ui);
  const cmp = createInstance(config, { env: testEnv(), loadUI, ...options });
  live.push(cmp);
  return { cmp, ui, loadUI };
}

const storedRecord = (overrides: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  revision: 0,
  givenAt: new Date(Math.floor(Date.now() / 1000) * 1000 - 86_400_000).toISOString(),
  updatedAt: new Date(Math.floor(Date.now() / 1000) * 1000 - 86_400_000).toISOString(),
  expiresAt: new Date(Math.floor(Date.now() / 1000) * 1000 + 86_400_000).toISOString(),
  method: 'custom',
  categories: { necessary: true, analytical: true, functional: false, other: false },
  services: {},
  gpc: false,
  ...overrides,
});
const store = (record: ConsentRecord) => (document.cookie = `consentry=${encodeRecord(record)}; path=/`);

describe('a first visit', () => {
  it('has no choice, grants only necessary and shows the banner', async () => {
    const { cmp, ui, loadUI } = create();
    expect(cmp.get()).toBeNull();
    expect(cmp.accepted('necessary')).toBe(true);
    expect(cmp.accepted('analytical')).toBe(false);
    await tick();
    expect(loadUI).toHaveBeenCalledOnce();
    expect(ui.views).toEqual(['banner']);
  });

  it('writes no cookie before a choice', async () => {
    create();
    await tick();
    expect(document.cookie).toBe('');
  });

  it('fires ready with no record, and no consent event', async () => {
    const { cmp } = create();
    const ready = vi.fn();
    const consent = vi.fn();
    cmp.on('ready', ready);
    cmp.on('consent', consent);
    await tick();
    expect(ready).toHaveBeenCalledWith({ record: null });
    expect(consent).not.toHaveBeenCalled();
  });

  it('does not show the banner with autoShow off or to a crawler', async () => {
    const { loadUI } = create({ autoShow: false });
    live.pop()!.destroy();
    const bot = create(undefined, { env: testEnv({ nav: { ...navigator, userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1)' } as Navigator }) });
    await tick();
    expect(loadUI).not.toHaveBeenCalled();
    expect(bot.loadUI).not.toHaveBeenCalled();
  });
});

describe('choices', () => {
  it('acceptAll grants everything, stores it and tells everyone', async () => {
    const { cmp, ui } = create({ services: { yt: { category: 'functional' } } });
    const consent = vi.fn();
    const change = vi.fn();
    const windowChange = vi.fn();
    cmp.on('consent', consent);
    cmp.on('change', change);
    window.addEventListener('consentry:change', windowChange);
    await tick();
    cmp.acceptAll();
    const record = cmp.get()!;
    expect(record).toMatchObject({ method: 'accept-all', revision: 0, gpc: false });
    expect(record.categories).toEqual({ necessary: true, analytical: true, functional: true, other: true });
    expect(record.services).toEqual({ yt: true });
    expect(record.id).toMatch(/^00000000-0000-4000-8000-\d{12}$/);
    expect(document.cookie).toBe(`consentry=${encodeRecord(record)}`);
    expect(consent).toHaveBeenCalledWith(record);
    expect(change).toHaveBeenCalledWith({ record, changed: ['analytical', 'functional', 'other', 'yt'] });
    expect((windowChange.mock.calls[0]![0] as CustomEvent).detail).toEqual({ record, changed: ['analytical', 'functional', 'other', 'yt'] });
    await tick();
    expect(ui.views).toEqual(['banner', 'hidden']);
    window.removeEventListener('consentry:change', windowChange);
  });

  it('rejectAll refuses everything but necessary', () => {
    const { cmp } = create();
    cmp.rejectAll();
    expect(cmp.get()).toMatchObject({ method: 'reject-all', categories: { necessary: true, analytical: false, functional: false, other: false } });
    expect(cmp.accepted('analytical')).toBe(false);
  });

  it('set changes only what it names, keeps the id, and reports only real changes', () => {
    const { cmp } = create();
    const change = vi.fn();
    cmp.on('change', change);
    cmp.set({ analytical: true });
    const first = cmp.get()!;
    expect(first).toMatchObject({ method: 'api', categories: { analytical: true, functional: false, other: false } });
    cmp.set({ functional: true }, 'custom');
    expect(cmp.get()).toMatchObject({ id: first.id, givenAt: first.givenAt, method: 'custom', categories: { analytical: true, functional: true } });
    cmp.set({ functional: true });
    expect(change.mock.calls.map(([detail]) => detail.changed)).toEqual([['analytical'], ['functional']]);
  });

  it('set with a misspelt category or a non-boolean reports it and changes nothing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { cmp } = create();
    cmp.set({ analytcal: true, functional: true } as never);
    cmp.set({ analytical: 'yes' } as never);
    cmp.set({ necessary: false });
    cmp.set({ services: { nope: true } });
    cmp.set(null as never);
    expect(cmp.get()).toBeNull();
    const expected = 'expected configured categories (and services) set to true or false, read-only ones never false; nothing changed';
    expect(error.mock.calls.map(([message]) => message)).toEqual([
      `consentry: set({"analytcal":true,"functional":true}): ${expected}`,
      `consentry: set({"analytical":"yes"}): ${expected}`,
      `consentry: set({"necessary":false}): ${expected}`,
      `consentry: set({"services":{"nope":true}}): ${expected}`,
      `consentry: set(null): ${expected}`,
    ]);
  });

  it('acceptedService follows the category unless chosen one by one', () => {
    const { cmp } = create({ services: { yt: { category: 'functional' }, maps: { category: 'functional' } } });
    cmp.set({ services: { yt: true } });
    expect(cmp.accepted('functional')).toBe(false);
    expect(cmp.acceptedService('yt')).toBe(true);
    expect(cmp.acceptedService('maps')).toBe(false);
    cmp.set({ functional: true });
    expect(cmp.acceptedService('maps')).toBe(true);
  });

  it('answers false, with a warning, for names that are not configured', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { cmp } = create();
    cmp.acceptAll();
    expect(cmp.accepted('marketing')).toBe(false);
    expect(cmp.accepted('__proto__')).toBe(false);
    expect(cmp.acceptedService('toString')).toBe(false);
    expect(warn).toHaveBeenCalledWith('consentry: accepted("marketing"): not one of the configured categories');
  });

  it('hands out records the page cannot edit', () => {
    const { cmp } = create();
    cmp.rejectAll();
    const record = cmp.get()!;
    expect(() => ((record.categories as Record<string, boolean>).other = true)).toThrow(TypeError);
    expect(cmp.accepted('other')).toBe(false);
  });

  it('reset withdraws: removes the cookie, reports the change and asks again', async () => {
    const { cmp, ui } = create();
    cmp.acceptAll();
    const change = vi.fn();
    cmp.on('change', change);
    cmp.reset();
    await tick();
    expect(cmp.get()).toBeNull();
    expect(document.cookie).toBe('');
    expect(cmp.accepted('other')).toBe(false);
    expect(change).toHaveBeenCalledWith({ record: null, changed: ['analytical', 'functional', 'other'] });
    expect(ui.views.at(-1)).toBe('banner');
  });
});

describe('a returning visit', () => {
  it('reads the stored choice, fires ready and consent, and loads no banner', async () => {
    const record = storedRecord();
    store(record);
    const { cmp, loadUI } = create();
    const ready = vi.fn();
    const consent = vi.fn();
    const change = vi.fn();
    cmp.on('ready', ready);
    cmp.on('consent', consent);
    cmp.on('change', change);
    await tick();
    expect(cmp.get()).toEqual(record);
    expect(cmp.accepted('analytical')).toBe(true);
    expect(ready).toHaveBeenCalledWith({ record });
    expect(consent).toHaveBeenCalledWith(record);
    expect(change).not.toHaveBeenCalled();
    expect(loadUI).not.toHaveBeenCalled();
  });

  it('replays ready to a listener added later', async () => {
    const { cmp } = create();
    await tick();
    const late = vi.fn();
    cmp.on('ready', late);
    await tick();
    expect(late).toHaveBeenCalledWith({ record: null });
  });

  it.each([
    ['tampered', () => (document.cookie = `consentry=${encodeRecord(storedRecord()).replace('!functional', 'functional')}; path=/`)],
    ['of another revision', () => store(storedRecord({ revision: 1 }))],
    ['garbage', () => (document.cookie = 'consentry=%E0%A4%A; path=/')],
  ])('treats a %s cookie as no choice, removes it and asks again', async (_, write) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    write();
    const { cmp, loadUI } = create();
    await tick();
    expect(cmp.get()).toBeNull();
    expect(cmp.accepted('functional')).toBe(false);
    expect(document.cookie).toBe('');
    expect(loadUI).toHaveBeenCalled();
    expect(warn.mock.calls[0]![0]).toMatch(/^consentry: cookie "consentry": not a valid choice/);
  });

  it('asks again when the config gained a category, keeping the earlier answers', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    store(storedRecord());
    const { cmp, loadUI } = create({ categories: { analytical: {}, functional: {}, other: {}, social: {} } });
    await tick();
    expect(loadUI).toHaveBeenCalled();
    expect(cmp.accepted('analytical')).toBe(true);
    expect(cmp.accepted('social')).toBe(false);
    cmp.set({ social: true }, 'custom');
    expect(cmp.get()!.categories).toEqual({ necessary: true, analytical: true, functional: false, other: false, social: true });
  });

  it('works for the page when cookies throw, and still fires events', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    blockCookies();
    const { cmp } = create();
    const consent = vi.fn();
    cmp.on('consent', consent);
    cmp.acceptAll();
    expect(cmp.accepted('analytical')).toBe(true);
    expect(consent).toHaveBeenCalledOnce();
  });
});

describe('other tabs and the back/forward cache', () => {
  it('adopts a choice another tab stored', async () => {
    const { cmp, ui } = create();
    await tick();
    const change = vi.fn();
    cmp.on('change', change);
    const record = storedRecord();
    store(record);
    new BroadcastChannel('consentry:consentry').postMessage(0);
    await vi.waitFor(() => expect(change).toHaveBeenCalledWith({ record, changed: ['analytical'] }));
    expect(ui.views.at(-1)).toBe('hidden');
  });

  it('tells the other tabs about its own choices', async () => {
    const { cmp } = create();
    const other = new BroadcastChannel('consentry:consentry');
    const heard = vi.fn();
    other.onmessage = heard;
    cmp.acceptAll();
    await vi.waitFor(() => expect(heard).toHaveBeenCalled());
    other.close();
  });

  it('re-reads the stored choice when a page comes back from the cache or into view', async () => {
    const { cmp } = create();
    await tick();
    store(storedRecord());
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(cmp.accepted('analytical')).toBe(true);
    document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(cmp.accepted('analytical')).toBe(false);
  });
});

describe('page actions', () => {
  it('runs data-consentry actions on click, also for elements added later', async () => {
    const { cmp } = create();
    document.body.innerHTML = '<a href="/cookies" data-consentry="accept-all"><span>Accept</span></a>';
    document.querySelector('span')!.click();
    expect(cmp.get()?.method).toBe('accept-all');
    document.body.insertAdjacentHTML('beforeend', '<button data-consentry="reject-all">No</button>');
    document.querySelector('button')!.click();
    expect(cmp.get()?.method).toBe('reject-all');
  });

  it('opens the banner and the preferences', async () => {
    const { ui } = create({ autoShow: false });
    document.body.innerHTML = '<button data-consentry="preferences">Cookie settings</button><button data-consentry="banner">b</button>';
    document.querySelector<HTMLElement>('[data-consentry="preferences"]')!.click();
    await tick();
    document.querySelector<HTMLElement>('[data-consentry="banner"]')!.click();
    await tick();
    expect(ui.views).toEqual(['preferences', 'banner']);
  });

  it('runs on Enter or Space on an element that is not a native control, but not twice on a button', () => {
    const { cmp } = create();
    const accept = vi.fn();
    cmp.on('consent', accept);
    document.body.innerHTML = '<span role="button" tabindex="0" data-consentry="reset">Reset</span><button data-consentry="accept-all">OK</button>';
    cmp.acceptAll();
    document.querySelector('span')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(cmp.get()).toBeNull();
    document.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(cmp.get()).toBeNull();
    expect(accept).toHaveBeenCalledTimes(1);
  });

  it('ignores unknown actions, including prototype names', () => {
    const { cmp } = create();
    document.body.innerHTML = '<button data-consentry="constructor">x</button><button data-consentry="accept">y</button>';
    for (const button of document.querySelectorAll('button')) button.click();
    expect(cmp.get()).toBeNull();
  });
});

describe('events', () => {
  it('keeps calling listeners after one throws, and reports it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { cmp } = create();
    const after = vi.fn();
    cmp.on('consent', () => {
      throw new Error('boom');
    });
    cmp.on('consent', after);
    cmp.acceptAll();
    expect(after).toHaveBeenCalled();
    expect(error).toHaveBeenCalledWith('consentry: a "consent" listener failed', expect.any(Error));
  });

  it('unsubscribes', () => {
    const { cmp } = create();
    const listener = vi.fn();
    const off = cmp.on('consent', listener);
    off();
    cmp.acceptAll();
    expect(listener).not.toHaveBeenCalled();
  });

  it('reports misuse of on() and returns a harmless unsubscribe', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { cmp } = create();
    expect(cmp.on('consnet' as never, () => {})).toBeTypeOf('function');
    expect(cmp.on('consent', 42 as never)).toBeTypeOf('function');
    expect(error.mock.calls.map(([m]) => m)).toEqual([
      'consentry: on("consnet", …): expects one of ready,consent,change,show,hide,language and a function',
      'consentry: on("consent", …): expects one of ready,consent,change,show,hide,language and a function',
    ]);
  });

  it('fires show only once a view that loads first is on screen, and not at all when it does not come', async () => {
    let arrive: (shown: boolean) => void = () => {};
    const ui: UIController = { show: (view) => (view === 'preferences' ? new Promise<boolean>((resolve) => (arrive = resolve)) : undefined), hide: vi.fn(), destroy: vi.fn() };
    const { cmp } = create({ autoShow: false }, { loadUI: async () => () => ui });
    const events: string[] = [];
    cmp.on('show', ({ view }) => events.push('show ' + view));
    cmp.on('hide', ({ view }) => events.push('hide ' + view));
    cmp.show();
    await tick();
    cmp.showPreferences();
    await tick();
    expect(events).toEqual(['show banner']);
    arrive(true);
    await tick();
    expect(events).toEqual(['show banner', 'hide banner', 'show preferences']);
    cmp.show();
    await tick();
    cmp.showPreferences();
    await tick();
    arrive(false);
    await tick();
    expect(events).toEqual(['show banner', 'hide banner', 'show preferences', 'hide preferences', 'show banner']);
  });

  it('fires show and hide with the view', async () => {
    const { cmp } = create({ autoShow: false });
    const shown = vi.fn();
    const hidden = vi.fn();
    cmp.on('show', shown);
    cmp.on('hide', hidden);
    cmp.showPreferences();
    await tick();
    cmp.hide();
    expect(shown).toHaveBeenCalledWith({ view: 'preferences' });
    expect(hidden).toHaveBeenCalledWith({ view: 'preferences' });
  });
});

describe('lifecycle', () => {
  it('destroy removes the UI and every listener', async () => {
    const { cmp, ui } = create();
    await tick();
    const consent = vi.fn();
    window.addEventListener('consentry:consent', consent);
    cmp.destroy();
    await tick();
    expect(ui.destroy).toHaveBeenCalled();
    document.body.innerHTML = '<button data-consentry="accept-all">OK</button>';
    document.querySelector('button')!.click();
    expect(consent).not.toHaveBeenCalled();
    expect(cmp.get()).toBeNull();
    window.removeEventListener('consentry:consent', consent);
  });

  it('keeps one instance per page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { cmp } = create();
    expect(createInstance({ revision: 5 }, { env: testEnv() })).toBe(cmp);
    expect(warn).toHaveBeenCalledWith('consentry: already running on this page; this is that instance, with its config');
    cmp.destroy();
    const next = createInstance({}, { env: testEnv() });
    expect(next).not.toBe(cmp);
    next.destroy();
  });

  it('reports a banner that fails to load, and keeps working', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failure = new Error('404');
    const { cmp } = create(undefined, { loadUI: () => Promise.reject(failure) });
    await tick();
    expect(error).toHaveBeenCalledWith('consentry: the banner did not load', failure);
    cmp.acceptAll();
    expect(cmp.accepted('other')).toBe(true);
  });

  it('works without a browser (server rendering)', () => {
    const cmp = createInstance({}, { env: null });
    cmp.acceptAll();
    expect(cmp.accepted('analytical')).toBe(true);
    // A record made there is as real as a browser's: a random id, never an empty one.
    expect(cmp.get()?.id).toMatch(/^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
    cmp.destroy();
  });

  it('prints each config problem once and keeps the valid rest', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { cmp } = create({ revision: 'two', colour: 'red', cookie: { name: 'choice' } });
    expect(error).toHaveBeenCalledWith('consentry: config.revision: expected a whole number from 0, got "two"');
    expect(warn).toHaveBeenCalledWith('consentry: config.colour: unknown key, ignored');
    cmp.acceptAll();
    expect(document.cookie).toMatch(/^choice=1~/);
  });
});

describe('languages', () => {
  it('picks <html lang>, then the browser languages, then English', () => {
    document.documentElement.lang = 'fr-CA';
    const a = create({ autoShow: false });
    expect(a.cmp.language).toBe('fr');
    a.cmp.destroy();
    document.documentElement.lang = 'xx';
    const b = create({ autoShow: false }, { env: testEnv({ nav: { ...navigator, languages: ['sw', 'de-AT'] } as Navigator }) });
    expect(b.cmp.language).toBe('de');
    b.cmp.destroy();
    const c = create({ autoShow: false, language: 'sw' });
    expect(c.cmp.language).toBe('en');
    document.documentElement.lang = '';
  });

  it('takes a configured language, or one that only translations provide', () => {
    expect(create({ autoShow: false, language: 'it' }).cmp.language).toBe('it');
    live.pop()!.destroy();
    expect(create({ autoShow: false, language: 'auto', translations: { sv: { acceptAll: 'Godkänn alla' } } }, { env: testEnv({ nav: { ...navigator, languages: ['sv-SE'] } as Navigator }) }).cmp.language).toBe('sv');
  });

  it('loads the language file before showing the banner, and merges translations over it', async () => {
    const loadTexts = vi.fn(async () => ({ acceptAll: 'Tout accepter', categories: { analytical: { label: 'Mesure' } } }));
    const { cmp, ui } = create({ language: 'fr', translations: { fr: { categories: { analytical: { description: 'Compter les visites' } } } } }, { loadTexts });
    await tick();
    expect(loadTexts).toHaveBeenCalledWith('fr', cmp.config);
    expect(ui.views).toEqual(['banner']);
    expect(cmp.texts()).toEqual({ acceptAll: 'Tout accepter', categories: { analytical: { label: 'Mesure', description: 'Compter les visites' } } });
  });

  it('switches language with setLanguage, once per file, and tells listeners', async () => {
    const loadTexts = vi.fn(async (language: string) => ({ acceptAll: `accept-${language}` }));
    const { cmp } = create({ autoShow: false }, { loadTexts });
    const changed = vi.fn();
    cmp.on('language', changed);
    await cmp.setLanguage('de');
    await cmp.setLanguage('en');
    await cmp.setLanguage('DE');
    expect(cmp.language).toBe('de');
    expect(cmp.texts()).toEqual({ acceptAll: 'accept-de' });
    expect(loadTexts).toHaveBeenCalledTimes(1);
    expect(changed.mock.calls.map(([detail]) => detail.language)).toEqual(['de', 'en', 'de']);
  });

  it('falls back to English for an unknown language or a file that fails to load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { cmp } = create({ autoShow: false }, { loadTexts: () => Promise.reject(Error('404')) });
    await cmp.setLanguage('klingon');
    expect(cmp.language).toBe('en');
    expect(warn).toHaveBeenCalledWith('consentry: setLanguage("klingon"): no such language; using "en"');
    await cmp.setLanguage('pl');
    expect(cmp.language).toBe('pl');
    expect(cmp.texts()).toEqual({});
    expect(error).toHaveBeenCalledWith('consentry: the "pl" texts did not load; showing English', expect.any(Error));
  });
});

describe('the banner while it loads', () => {
  it('does not show when a choice is made before it has loaded', async () => {
    let mount: (value: unknown) => void = () => {};
    const ui = { show: vi.fn(), hide: vi.fn(), destroy: vi.fn() };
    const cmp = createInstance(undefined, { env: testEnv(), loadUI: () => new Promise((resolve) => (mount = resolve)) as never });
    live.push(cmp);
    cmp.acceptAll();
    mount(() => ui);
    await tick();
    expect(ui.show).not.toHaveBeenCalled();
  });
});
