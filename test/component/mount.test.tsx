// mountBanner: the shadow root, the stylesheet, views on command, focus return, language
// changes, scroll room and clean removal. Testing Library does not pierce shadow roots, so
// these tests query the root directly.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountBanner, type Parts } from '../../banner/mount';
import * as preferencesPart from '../../banner/preferences-part';
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
