// mountBanner: the shadow root, the stylesheet, views on command, focus return, language
// changes, scroll room and clean removal. Testing Library does not pierce shadow roots, so
// these tests query the root directly.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountBanner, type Parts } from '../../banner/mount';
import * as preferencesPart from '../../banner/preferences/preferences-part';
import type { UIController } from '../../src/index';
import { fakeCmp, type FakeConsentry, type FakeOptions } from './fake-cmp';

let ui: UIController | undefined;
afterEach(() => {
  ui?.destroy();
  ui = undefined;
});

/** The preference centre's part as the npm build gives it: loaded on demand (a microtask here). */
const PARTS: Parts = { preferences: async () => preferencesPart };

function mount(options?: FakeOptions, parts: Parts = PARTS): { cmp: FakeConsentry; root: ShadowRoot } {
  const cmp = fakeCmp(options);
  ui = mountBanner(cmp, parts);
  return { cmp, root: document.getElementById('consentry-root')!.shadowRoot! };
}

/** The preference centre opens once its part is in: wait for the dialog. */
const opened = (root: ShadowRoot) => vi.waitFor(() => expect(root.querySelector('[part=preferences]')).not.toBeNull());

const press = (element: Element, key: string) => element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

describe('mountBanner', () => {
  it('renders into an open shadow root on #consentry-root, first in the body', () => {
    document.body.innerHTML = '<main><a href="#">page</a></main>';
    const { root } = mount();
    expect(document.body.firstElementChild?.id).toBe('consentry-root');
    expect(root.mode).toBe('open');
    expect(root.querySelector('[part=banner]')).toBeNull();
    ui!.show('banner');
    expect(root.querySelector('[part=banner] h2')?.textContent).toBe('We use cookies');
  });

  it('styles the shadow root with a constructable stylesheet when the browser has one', () => {
    const { root } = mount({ config: { nonce: 'n0nce' } });
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect([...root.adoptedStyleSheets[0]!.cssRules].map((rule) => rule.cssText).join('\n')).toContain(':host');
    expect(root.querySelector('style')).toBeNull();
  });

  it.each([
    ['missing', undefined],
    [
      'left empty (a CSP that refuses it)',
      function (this: object) {
        Object.assign(this, { cssRules: [], replaceSync() {} });
      },
    ],
  ])('falls back to a <style> carrying the nonce when constructable sheets are %s', (_, constructor) => {
    vi.stubGlobal('CSSStyleSheet', constructor);
    try {
      const { root } = mount({ config: { nonce: 'n0nce' } });
      const style = root.querySelector('style')!;
      expect(style.nonce).toBe('n0nce');
      expect(style.textContent).toContain(':host');
      expect(root.adoptedStyleSheets?.length ?? 0).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('switches views on command and removes everything on destroy', async () => {
    const { root } = mount();
    ui!.show('banner');
    ui!.show('preferences');
    await opened(root);
    expect(root.querySelector('[part=banner]')).toBeNull();
    expect(root.querySelector('[part=preferences]')?.getAttribute('role')).toBe('dialog');
    ui!.hide();
    expect(root.querySelector('[part]')).toBeNull();
    ui!.destroy();
    ui = undefined;
    expect(document.getElementById('consentry-root')).toBeNull();
  });

  it('hides the banner in the click’s own task and makes the choice only after the next frame', async () => {
    const { cmp, root } = mount();
    ui!.show('banner');
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    try {
      root.querySelector<HTMLElement>('[data-action=accept-all]')!.click();
      expect(root.querySelector('[part=banner]')).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(cmp.acceptAll).not.toHaveBeenCalled();
      frames.shift()!(performance.now());
      await vi.waitFor(() => expect(cmp.acceptAll).toHaveBeenCalledTimes(1));
      // A hidden tab gets no frames: the choice still happens, once.
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(cmp.acceptAll).toHaveBeenCalledTimes(1);
    } finally {
      raf.mockRestore();
    }
  });

  it('returns focus to the page element that opened the preference centre', async () => {
    document.body.innerHTML = '<footer><a href="/cookies" id="footer">Cookie preferences</a></footer>';
    const { root, cmp } = mount();
    const link = document.getElementById('footer')!;
    link.focus();
    ui!.show('preferences');
    await opened(root);
    // Focus on the title: the dialog is announced by its name.
    expect(root.activeElement).toBe(root.getElementById('cp'));
    expect(root.activeElement?.textContent).toBe('Cookie preferences');
    press(root.querySelector('dialog')!, 'Escape');
    // Opened from the page, Escape only hides; the core then calls hide().
    expect(cmp.hide).toHaveBeenCalledTimes(1);
    expect(cmp.show).not.toHaveBeenCalled();
    ui!.hide();
    expect(document.activeElement).toBe(link);
  });

  it('goes back to the banner, and to its "Change preferences" button, when closed after opening from it', async () => {
    const { root, cmp } = mount();
    ui!.show('banner');
    (root.querySelector('[data-action=preferences]') as HTMLElement).focus();
    ui!.show('preferences');
    await opened(root);
    (root.querySelector('[data-action=close]') as HTMLElement).click();
    expect(cmp.show).toHaveBeenCalledTimes(1);
    expect(cmp.hide).not.toHaveBeenCalled();
    ui!.show('banner');
    expect(root.activeElement).toBe(root.querySelector('[data-action=preferences]'));
  });

  it('renders the current language again when it changes, right to left for Arabic', () => {
    const { root, cmp } = mount();
    ui!.show('banner');
    const container = root.querySelector('[lang]')!;
    expect([container.getAttribute('lang'), container.getAttribute('dir')]).toEqual(['en', 'ltr']);
    cmp.language = 'ar';
    cmp.textsNow = { bannerTitle: 'نستخدم ملفات تعريف الارتباط' };
    cmp.emit('language', { language: 'ar' });
    expect([container.getAttribute('lang'), container.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(root.querySelector('h2')?.textContent).toBe('نستخدم ملفات تعريف الارتباط');
    // Texts the language does not override stay English.
    expect(root.querySelector('[data-action=accept-all]')?.textContent).toBe('Accept all');
  });

  it('sets the theme as a class, for the stylesheet’s color-scheme', () => {
    const { root } = mount({ config: { theme: 'dark' } });
    ui!.show('banner');
    expect(root.querySelector('.c')?.classList.contains('dark')).toBe(true);
  });

  it('reserves scroll room under a bottom banner while it shows and restores the page’s own value', async () => {
    document.documentElement.style.scrollPaddingBottom = '7px';
    const { root } = mount();
    ui!.show('banner');
    // jsdom has no layout: the banner measures 0, but the page's value is replaced...
    expect(document.documentElement.style.scrollPaddingBottom).toBe('0px');
    ui!.show('preferences');
    await opened(root);
    // ...and given back as soon as the banner is gone.
    expect(document.documentElement.style.scrollPaddingBottom).toBe('7px');
    ui!.show('banner');
    ui!.destroy();
    ui = undefined;
    expect(document.documentElement.style.scrollPaddingBottom).toBe('7px');
    document.documentElement.style.scrollPaddingBottom = '';
  });

  it('waits for the body when it is mounted from the <head>', () => {
    const body = document.body;
    body.remove();
    try {
      ui = mountBanner(fakeCmp());
      ui.show('banner');
      expect(document.getElementById('consentry-root')).toBeNull();
      document.documentElement.append(body);
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(document.body.firstElementChild?.id).toBe('consentry-root');
    } finally {
      if (!body.isConnected) document.documentElement.append(body);
    }
  });
});

describe('the preference centre’s part, loaded on demand', () => {
  /** A loader the test settles by hand, counting its calls. */
  function deferred<T>() {
    let settle!: { resolve(value: T): void; reject(error: unknown): void };
    const load = vi.fn(() => new Promise<T>((resolve, reject) => (settle = { resolve, reject })));
    return { load, settle: () => settle };
  }

  it('is fetched only when the preference centre opens, with the presets’ texts beside it, once', async () => {
    const part = deferred<typeof preferencesPart>();
    const presets = vi.fn(async () => ({}));
    const { root } = mount({ config: { services: { ga: { category: 'analytical', preset: 'google-analytics', cookies: [], hosts: [] } } } }, { preferences: part.load, presets });
    ui!.show('banner');
    expect(part.load).not.toHaveBeenCalled();
    expect(presets).not.toHaveBeenCalled();
    ui!.show('preferences');
    await Promise.resolve();
    // Both asked for at once: the presets' texts never wait for the dialog.
    expect(part.load).toHaveBeenCalledTimes(1);
    expect(presets).toHaveBeenCalledTimes(1);
    // Until the part is in, the banner stays as it was.
    expect(root.querySelector('[part=banner]')).not.toBeNull();
    expect(root.querySelector('[part=preferences]')).toBeNull();
    part.settle().resolve(preferencesPart);
    await opened(root);
    expect(root.activeElement).toBe(root.getElementById('cp'));
    // Its stylesheet comes after the banner's.
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect([...root.adoptedStyleSheets[1]!.cssRules].map((rule) => rule.cssText).join('\n')).toContain('.p::backdrop');
    ui!.show('banner');
    ui!.show('preferences');
    expect(root.querySelector('[part=preferences]')).not.toBeNull();
    expect(part.load).toHaveBeenCalledTimes(1);
    expect(presets).toHaveBeenCalledTimes(1);
  });

  it('starts loading when a pointer or focus reaches “Change preferences”', async () => {
    const part = deferred<typeof preferencesPart>();
    const { root } = mount({}, { preferences: part.load });
    ui!.show('banner');
    const button = root.querySelector<HTMLElement>('[data-action=preferences]')!;
    button.dispatchEvent(new Event('pointerenter'));
    await vi.waitFor(() => expect(part.load).toHaveBeenCalledTimes(1));
    button.focus();
    await Promise.resolve();
    expect(part.load).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[part=preferences]')).toBeNull();
  });

  it('does not open after the visitor chose on the banner while it loaded', async () => {
    const part = deferred<typeof preferencesPart>();
    const { root } = mount({}, { preferences: part.load });
    ui!.show('banner');
    ui!.show('preferences');
    ui!.hide();
    await vi.waitFor(() => expect(part.load).toHaveBeenCalled());
    part.settle().resolve(preferencesPart);
    await new Promise((resolve) => setTimeout(resolve));
    expect(root.querySelector('[part]')).toBeNull();
  });

  it('when it fails: one console error naming the file, back to the banner, nothing chosen, and the next try fetches again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const part = deferred<typeof preferencesPart>();
      const { root, cmp } = mount({}, { preferences: part.load });
      ui!.show('banner');
      ui!.show('preferences');
      await vi.waitFor(() => expect(part.load).toHaveBeenCalledTimes(1));
      part.settle().reject(Error('https://site.test/consentry-preferences.js did not load'));
      await vi.waitFor(() => expect(cmp.show).toHaveBeenCalledTimes(1));
      expect(error.mock.calls.map(([message]) => message)).toEqual([
        'consentry: the preference centre did not load (https://site.test/consentry-preferences.js did not load); the banner stays, nothing is granted',
      ]);
      expect(cmp.hide).not.toHaveBeenCalled();
      for (const choice of [cmp.acceptAll, cmp.rejectAll, cmp.set]) expect(choice).not.toHaveBeenCalled();
      // The core answers cmp.show() with show('banner'): the first layer is still there and works.
      ui!.show('banner');
      root.querySelector<HTMLElement>('[data-action=reject-all]')!.click();
      await vi.waitFor(() => expect(cmp.rejectAll).toHaveBeenCalledTimes(1));
      ui!.show('preferences');
      await vi.waitFor(() => expect(part.load).toHaveBeenCalledTimes(2));
      part.settle().resolve(preferencesPart);
      await opened(root);
    } finally {
      error.mockRestore();
    }
  });

  it('opened from the page (no banner) and failing: the core is told to hide, nothing chosen', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { root, cmp } = mount({}, { preferences: () => Promise.reject(Error('consentry-preferences.js did not load')) });
      ui!.show('preferences');
      await vi.waitFor(() => expect(cmp.hide).toHaveBeenCalledTimes(1));
      expect(cmp.show).not.toHaveBeenCalled();
      expect(cmp.set).not.toHaveBeenCalled();
      expect(root.querySelector('[part]')).toBeNull();
      expect(error).toHaveBeenCalledTimes(1);
    } finally {
      error.mockRestore();
    }
  });
});
