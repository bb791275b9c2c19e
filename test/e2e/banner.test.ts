// The banner and preference centre in real Chromium, from the script tag: what loads and
// when, the whole flow by mouse and by keyboard alone, focus, isolation from the page's CSS,
// a strict CSP, right to left, signals and modes, and no layout shift.
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BANNER, DIALOG, bannerUrl, choiceMade, focused, serveBannerSite, settled, tabTo, type PageOptions } from '../helpers/banner-page';
import { launch } from '../helpers/browser';
import type { Served } from '../helpers/server';

let browser: Browser;
let site: Served;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let requests: string[];

const CONFIG = {
  policyUrl: '/privacy',
  services: { youtube: { category: 'functional', label: 'YouTube', cookies: [{ name: 'VISITOR_INFO1_LIVE', provider: 'Google', duration: '6 months', description: 'Remembers video settings.' }] } },
};

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveBannerSite()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  pageErrors = [];
  requests = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request: Request) => requests.push(new URL(request.url()).pathname));
});
afterEach(async () => {
  await context.close();
  expect(pageErrors).toEqual([]);
});

async function visit(options: PageOptions = {}) {
  await page.goto(bannerUrl(site, { config: CONFIG, ...options }));
  await page.waitForSelector(BANNER);
}

const scripts = () => requests.filter((path) => path.startsWith('/dist/'));
const record = () => page.evaluate(() => Consentry!.get());
const events = () => page.evaluate(() => (window as unknown as { events: [string, unknown][] }).events.map(([name, detail]) => [name, (detail as { view?: string }).view ?? null]));

describe('loading', () => {
  // Issues 11 and 18: a first visit fetches the gate, the manager and the first layer's
  // chunk, nothing more; the preference centre is a chunk of its own, fetched once, when it opens.
  it('loads the manager and the banner chunk on a first visit, and the preference centre’s only when it opens, once', async () => {
    await visit();
    expect(await page.isVisible(BANNER)).toBe(true);
    await page.waitForTimeout(300);
    expect(scripts()).toEqual(['/dist/consentry.js', '/dist/consentry-manager.js', '/dist/consentry-banner.js']);
    await page.click('[data-action="preferences"]');
    await page.waitForSelector(DIALOG);
    expect(await focused(page)).toBe('cp');
    await page.keyboard.press('Escape');
    await page.click('[data-action="preferences"]');
    await page.waitForSelector(DIALOG);
    expect(scripts()).toEqual(['/dist/consentry.js', '/dist/consentry-manager.js', '/dist/consentry-banner.js', '/dist/consentry-preferences.js']);
  });

  it('fetches the preference centre’s chunk as soon as a pointer reaches “Change preferences”', async () => {
    await visit();
    await page.hover('[data-action="preferences"]');
    await expect.poll(scripts).toEqual(['/dist/consentry.js', '/dist/consentry-manager.js', '/dist/consentry-banner.js', '/dist/consentry-preferences.js']);
    expect(await page.$(DIALOG)).toBeNull();
  });

  it('keeps the banner working and grants nothing when the preference centre’s chunk fails to load', async () => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.route('**/dist/consentry-preferences.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await visit();
    await page.click('[data-action="preferences"]');
    await expect.poll(() => errors.filter((text) => text.startsWith('consentry:'))).toEqual([
      `consentry: the preference centre did not load (${site.url}/dist/consentry-preferences.js did not load); the banner stays, nothing is granted`,
    ]);
    expect(await page.$(DIALOG)).toBeNull();
    expect(await page.isVisible(BANNER)).toBe(true);
    expect(await record()).toBeNull();
    expect(await page.evaluate(() => Consentry!.accepted('analytical') || Consentry!.accepted('functional') || Consentry!.accepted('other'))).toBe(false);
    // The events say what was on screen: the banner, all along.
    expect(await events()).toEqual([['show', 'banner']]);
    await page.click('[data-action="reject-all"]');
    await choiceMade(page);
    expect(await page.isVisible(BANNER)).toBe(false);
    expect(await record()).toMatchObject({ method: 'reject-all', categories: { analytical: false } });
  });

  it('downloads no UI code for a returning visitor, in any language', async () => {
    await visit({ lang: 'fr' });
    await page.click('[data-action="reject-all"]');
    await choiceMade(page);
    requests = [];
    await page.reload();
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(scripts()).toEqual(['/dist/consentry.js']);
    expect(await page.$('#consentry-root')).toBeNull();
  });

  it('fetches the banner chunk only when the footer link asks for the preferences', async () => {
    await visit();
    await page.click('[data-action="accept-all"]');
    await choiceMade(page);
    await page.reload();
    requests = [];
    await page.click('#footer-link');
    await page.waitForSelector(DIALOG);
    // All at once: the gate asks for the preference centre beside the manager and the banner chunk.
    expect(scripts().sort()).toEqual(['/dist/consentry-banner.js', '/dist/consentry-manager.js', '/dist/consentry-preferences.js']);
  });

  it('fetches the presets’ texts only for a config that uses a preset, with the preference centre, and shows them', async () => {
    await visit({ config: { services: { ga: 'google-analytics' } } });
    await page.waitForTimeout(300);
    // Two requests on a first visit, presets or not: their texts are the preference centre's.
    expect(scripts()).toEqual(['/dist/consentry.js', '/dist/consentry-manager.js', '/dist/consentry-banner.js']);
    // The preference centre's chunk answers late: the presets' texts are asked for meanwhile, never after it.
    await page.route('**/dist/consentry-preferences.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await page.click('[data-action="preferences"]');
    await expect.poll(scripts).toContain('/dist/consentry-presets.js');
    expect(await page.$(DIALOG)).toBeNull();
    await page.waitForSelector(DIALOG);
    expect(scripts().sort()).toEqual(['/dist/consentry-banner.js', '/dist/consentry-manager.js', '/dist/consentry-preferences.js', '/dist/consentry-presets.js', '/dist/consentry.js']);
    const dialog = page.locator(DIALOG);
    await expect.poll(() => dialog.getByText('Counts visits and shows us how people use this site, so we can improve it.').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Analytical cookies' }).click();
    const row = await dialog.locator('tr', { hasText: '_ga_*' }).textContent();
    expect(row).toContain('Google Ireland Limited');
    expect(row).toContain('2 years');
  });

  it('needs one request with consentry.all.js', async () => {
    await visit({ script: 'consentry.all.js' });
    expect(scripts()).toEqual(['/dist/consentry.all.js']);
    await page.click('[data-action="preferences"]');
    await page.waitForSelector(DIALOG);
  });
});

describe('first layer', () => {
  it('records the choice of each button and goes away', async () => {
    for (const [action, analytical] of [
      ['accept-all', true],
      ['reject-all', false],
    ] as const) {
      await visit();
      await page.click(`[data-action="${action}"]`);
      // The banner goes at once; the choice follows after the next frame.
      expect(await page.isVisible(BANNER)).toBe(false);
      await choiceMade(page);
      expect(await record()).toMatchObject({ method: action, categories: { analytical } });
      await context.clearCookies();
    }
  });

  it('gives the three actions equal weight: same size, colours and font', async () => {
    await visit();
    const looks = await page.$$eval(`${BANNER} button`, (buttons) =>
      buttons.map((button) => {
        const style = getComputedStyle(button);
        const box = button.getBoundingClientRect();
        return [Math.round(box.width), Math.round(box.height), style.backgroundColor, style.color, style.fontSize, style.fontWeight, style.borderColor];
      }),
    );
    expect(looks).toHaveLength(3);
    expect(new Set(looks.map((look) => JSON.stringify(look))).size).toBe(1);
    expect(looks[0]![1]).toBeGreaterThanOrEqual(24);
  });

  it('leaves the page behind it usable (a non-modal region)', async () => {
    await visit();
    await page.click('#page-button');
    expect(await page.textContent('#page-output')).toBe('clicked');
    expect(await page.getAttribute(BANNER, 'aria-modal')).toBeNull();
  });

  it('comes first in the reading and Tab order', async () => {
    await visit();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('consentry-root');
    expect(await focused(page)).toBe('a');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('accept-all');
  });

  it('keeps the focused page element clear of a bottom bar (WCAG 2.4.11)', async () => {
    await visit();
    await settled(page);
    await tabTo(page, 'low-link');
    const [link, banner] = await Promise.all([page.locator('#low-link').boundingBox(), page.locator(BANNER).boundingBox()]);
    expect(link!.y).toBeGreaterThan(0);
    expect(link!.y + link!.height).toBeLessThanOrEqual(banner!.y);
    // Even the last link of the page, at the very end of the document.
    await tabTo(page, 'footer-link');
    const [footer, after] = await Promise.all([page.locator('#footer-link').boundingBox(), page.locator(BANNER).boundingBox()]);
    expect(footer!.y + footer!.height).toBeLessThanOrEqual(after!.y);
    // The room goes with the banner.
    await page.click('[data-action="reject-all"]');
    await choiceMade(page);
    expect(await page.evaluate(() => [document.documentElement.style.scrollPaddingBottom, document.documentElement.style.paddingBottom])).toEqual(['', '']);
  });

  it('keeps the focused page element clear of a top bar', async () => {
    await visit({ config: { ...CONFIG, position: 'top' } });
    await settled(page);
    // The link sits behind the bar when it gets focus (by keyboard, backwards from the footer).
    await page.evaluate(() => scrollTo(0, document.getElementById('low-link')!.offsetTop - 20));
    await page.focus('#footer-link');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('low-link');
    const [link, banner] = await Promise.all([page.locator('#low-link').boundingBox(), page.locator(BANNER).boundingBox()]);
    expect(link!.y).toBeGreaterThanOrEqual(banner!.y + banner!.height);
  });

  it('shifts no layout of the page', async () => {
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shift: number }).shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await visit();
    await settled(page);
    await page.click('[data-action="preferences"]');
    await page.waitForSelector(DIALOG);
    await page.keyboard.press('Escape');
    await page.click('[data-action="reject-all"]');
    await choiceMade(page);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });

  it('honours prefers-reduced-motion', async () => {
    const animation = () => page.$eval(BANNER, (banner) => getComputedStyle(banner).animationName);
    await visit();
    expect(await animation()).not.toBe('none');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await visit();
    expect(await animation()).toBe('none');
  });

  it('lays out a box in the corner it is given', async () => {
    await page.setViewportSize({ width: 1200, height: 800 });
    await visit({ config: { ...CONFIG, layout: 'box', position: 'bottom-right' } });
    await settled(page);
    const box = (await page.locator(BANNER).boundingBox())!;
    expect(box.width).toBe(384);
    expect(Math.round(1200 - (box.x + box.width))).toBe(16);
    expect(Math.round(800 - (box.y + box.height))).toBe(16);
  });
});

describe('preference centre', () => {
  it('works by keyboard alone, from the banner to a saved choice', async () => {
    await visit();
    await tabTo(page, 'preferences');
    await page.keyboard.press('Enter');
    await page.waitForSelector(DIALOG);
    // Focus on the title, which names the dialog.
    expect(await focused(page)).toBe('cp');
    await tabTo(page, 'analytical');
    await page.keyboard.press('Space');
    await tabTo(page, 'save');
    await page.keyboard.press('Enter');
    expect(await page.isVisible(DIALOG)).toBe(false);
    expect(await record()).toMatchObject({ method: 'custom', categories: { analytical: true, functional: false, other: false }, services: { youtube: false } });
    expect(await events()).toEqual([
      ['show', 'banner'],
      ['hide', 'banner'],
      ['show', 'preferences'],
      ['change', null],
      ['hide', 'preferences'],
    ]);
  });

  it('traps Tab inside, and Escape goes back to the banner with focus on its button', async () => {
    await visit();
    await page.click('[data-action="preferences"]');
    await page.waitForSelector(DIALOG);
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('reject-all');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('close');
    await page.keyboard.press('Escape');
    await page.waitForSelector(BANNER);
    expect(await page.isVisible(DIALOG)).toBe(false);
    expect(await focused(page)).toBe('preferences');
    expect(await record()).toBeNull();
  });

  it('is modal: the page behind cannot be reached', async () => {
    await visit();
    await page.click('[data-action="preferences"]');
    await page.waitForSelector(DIALOG);
    const hit = await page.evaluate(() => {
      const button = document.getElementById('page-button')!.getBoundingClientRect();
      return document.elementFromPoint(button.x + 2, button.y + 2)?.id;
    });
    expect(hit).toBe('consentry-root');
    expect(await page.evaluate(() => document.querySelector('main')!.matches(':not(:focus-within)'))).toBe(true);
  });

  it('opens from the footer link by mouse and returns focus to it', async () => {
    await visit();
    await page.click('[data-action="accept-all"]');
    await choiceMade(page);
    await page.click('#footer-link');
    await page.waitForSelector(DIALOG);
    expect(await page.isChecked('input[name="analytical"]')).toBe(true);
    expect(page.url()).not.toContain('/cookies');
    await page.click('[data-action="close"]');
    expect(await page.isVisible(DIALOG)).toBe(false);
    expect(await page.isVisible(BANNER)).toBe(false);
    expect(await focused(page)).toBe('footer-link');
  });

  it('opens from the footer link by keyboard, saves, and returns focus to it', async () => {
    await visit();
    await page.click('[data-action="reject-all"]');
    await choiceMade(page);
    await page.focus('#footer-link');
    await page.keyboard.press('Enter');
    await page.waitForSelector(DIALOG);
    expect(await focused(page)).toBe('cp');
    // The service's switch sits in its category's details: open them by keyboard first.
    await tabTo(page, 'x-functional');
    await page.keyboard.press('Enter');
    await tabTo(page, 'services.youtube');
    await page.keyboard.press('Space');
    await tabTo(page, 'save');
    await page.keyboard.press('Enter');
    expect(await record()).toMatchObject({ method: 'custom', categories: { functional: false }, services: { youtube: true } });
    expect(await focused(page)).toBe('footer-link');
  });

  it('opens from a footer link added after load', async () => {
    await visit();
    await page.click('[data-action="reject-all"]');
    await choiceMade(page);
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<button type="button" id="late" data-consentry="preferences">Cookies</button>'));
    await page.click('#late');
    await page.waitForSelector(DIALOG);
  });

  it('shows each category’s declared cookies', async () => {
    await visit();
    await page.click('[data-action="preferences"]');
    await page.click(`${DIALOG} [aria-controls="x-functional"]`);
    const cells = await page.$$eval(`${DIALOG} tbody td`, (tds) => tds.map((td) => td.textContent));
    expect(cells).toEqual(['VISITOR_INFO1_LIVE', 'Google', '6 months', 'Persistent', 'Remembers video settings.']);
  });

  it('keeps every target at least 24 by 24 px', async () => {
    await visit();
    await page.click('[data-action="preferences"]');
    await page.click(`${DIALOG} [aria-controls="x-functional"]`);
    const small = await page.$$eval(`${DIALOG} button, ${DIALOG} input`, (targets) =>
      targets.map((target) => target.getBoundingClientRect()).filter((box) => box.width < 24 || box.height < 24).length,
    );
    expect(small).toBe(0);
  });
});

describe('isolation', () => {
  it('survives host CSS that unsets everything and hides buttons', async () => {
    const hostile = '<style>* { all: unset !important; } button, div, section, dialog { display: none !important; } #consentry-root { display: none !important; transform: scale(0) !important; }</style>';
    await visit({ head: hostile });
    const button = page.locator('[data-action="accept-all"]');
    expect(await button.isVisible()).toBe(true);
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await page.click('[data-action="preferences"]');
    await page.waitForSelector(DIALOG);
    expect(await page.isVisible('input[name="analytical"]')).toBe(true);
    await page.click(`${DIALOG} [data-action="accept-all"]`);
    expect(await record()).toMatchObject({ method: 'accept-all' });
  });

  it('styles itself under a strict CSP with a nonce, and violates nothing', async () => {
    for (const fallback of [false, true]) {
      await page.addInitScript(() => {
        (window as unknown as { violations: string[] }).violations = [];
        addEventListener('securitypolicyviolation', (event) => (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`), true);
      });
      // Without constructable stylesheets the nonce'd <style> must do the job.
      if (fallback) await page.addInitScript(() => delete (CSSStyleSheet.prototype as Partial<CSSStyleSheet>).replaceSync);
      await visit({ csp: true, lang: 'fr' });
      await page.click('[data-action="preferences"]');
      await page.waitForSelector(DIALOG);
      const state = await page.evaluate(() => {
        const root = document.getElementById('consentry-root')!.shadowRoot!;
        const save = root.querySelector('[data-action="save"]')!;
        const dialog = root.querySelector('dialog')!;
        return {
          adopted: root.adoptedStyleSheets.length,
          styles: root.querySelectorAll('style').length,
          background: getComputedStyle(save).backgroundColor,
          // The preference centre's own sheet, from its chunk: no padding on the <dialog>.
          padding: getComputedStyle(dialog).padding,
          title: root.querySelector('h2')!.textContent,
        };
      });
      // Two sheets: the banner's, and the preference centre's from its chunk (loaded with the nonce).
      expect(state).toEqual({ adopted: fallback ? 0 : 2, styles: fallback ? 2 : 0, background: 'rgb(39, 71, 199)', padding: '0px', title: 'Préférences de cookies' });
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      await context.close();
      context = await browser.newContext();
      page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
    }
  });
});

describe('themes, languages and signals', () => {
  const colours = () =>
    page.$eval(BANNER, (banner) => {
      const style = getComputedStyle(banner);
      return [style.backgroundColor, style.color];
    });

  it('is light, dark, or follows the system', async () => {
    await visit({ config: { ...CONFIG, theme: 'light' } });
    expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(23, 26, 33)']);
    await visit({ config: { ...CONFIG, theme: 'dark' } });
    expect(await colours()).toEqual(['rgb(26, 29, 36)', 'rgb(236, 238, 242)']);
    await page.emulateMedia({ colorScheme: 'dark' });
    await visit();
    expect(await colours()).toEqual(['rgb(26, 29, 36)', 'rgb(236, 238, 242)']);
  });

  it('takes --consentry-* custom properties and ::part() from the page', async () => {
    await visit({ head: '<style>#consentry-root { --consentry-bg: rgb(1, 2, 3); } #consentry-root::part(banner) { color: rgb(250, 250, 250); }</style>' });
    expect(await colours()).toEqual(['rgb(1, 2, 3)', 'rgb(250, 250, 250)']);
  });

  it('lays Arabic out right to left', async () => {
    await visit({ lang: 'ar' });
    expect(requests).toContain('/dist/i18n/ar.js');
    const layout = await page.evaluate(() => {
      const root = document.getElementById('consentry-root')!.shadowRoot!;
      const box = (action: string) => root.querySelector(`[data-action="${action}"]`)!.getBoundingClientRect();
      const container = root.querySelector('[lang]')!;
      return { lang: container.getAttribute('lang'), direction: getComputedStyle(container).direction, title: root.querySelector('h2')!.textContent, acceptRightOfReject: box('accept-all').x > box('reject-all').x };
    });
    expect(layout).toEqual({ lang: 'ar', direction: 'rtl', title: 'نستخدم ملفات تعريف الارتباط', acceptRightOfReject: true });
  });

  it.each([
    ['en', 'Marketing cookies', ['Analytical cookies', 'Functional cookies', 'Other cookies']],
    ['fr', 'Cookies marketing', ['Cookies analytiques', 'Cookies fonctionnels', 'Autres cookies']],
    ['de', 'Marketing-Cookies', ['Analyse-Cookies', 'Funktionale Cookies', 'Sonstige Cookies']],
  ])('in %s names only the categories the site configured, and warns about a text that names another', async (lang, label, absent) => {
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const categories = { necessary: {}, marketing: {} };
    await visit({ lang, config: { categories, translations: { [lang]: { categories: { marketing: { label } }, preferencesText: `${absent[0]}!` } } } });
    const text = (await page.textContent(BANNER))!;
    expect(text).toContain(label);
    for (const other of absent) expect(text).not.toContain(other);
    expect(warnings).toContain(`consentry: config.translations.${lang}.preferencesText: names "${absent[0]}", but there is no category "analytical" in config.categories`);
  });

  it('switches language on setLanguage()', async () => {
    await visit();
    await page.evaluate(() => Consentry!.setLanguage('de'));
    expect(await page.textContent('[data-action="reject-all"]')).toBe('Alle ablehnen');
  });

  it('says Global Privacy Control is honoured, and keeps other off', async () => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await visit();
    expect(await page.textContent(BANNER)).toContain('Global Privacy Control');
    await page.click('[data-action="preferences"]');
    expect(await page.isChecked('input[name="other"]')).toBe(false);
    await page.click('[data-action="save"]');
    expect(await record()).toMatchObject({ categories: { other: false }, gpc: true });
  });

  it('in opt-out mode is a notice whose "Do Not Sell or Share" refuses other', async () => {
    await visit({ config: { ...CONFIG, mode: 'opt-out' } });
    expect(await page.textContent(`${BANNER} h2`)).toBe('Your privacy choices');
    await page.click('[data-action="do-not-sell"]');
    await choiceMade(page);
    expect(await record()).toMatchObject({ method: 'custom', categories: { analytical: true, functional: true, other: false } });
    expect(await page.isVisible(BANNER)).toBe(false);
  });

  it('in opt-out mode records the state in force when the notice is dismissed', async () => {
    await visit({ config: { ...CONFIG, mode: 'opt-out' } });
    await page.click('[data-action="dismiss"]');
    await choiceMade(page);
    expect(await record()).toMatchObject({ method: 'custom', categories: { analytical: true, functional: true, other: true } });
  });

  it('keeps switches legible in forced-colors mode', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    await visit();
    await page.click('[data-action="preferences"]');
    // The preference centre's chunk arrives after the click.
    await page.waitForSelector(DIALOG);
    expect(await page.$eval('input[name="analytical"]', (input) => getComputedStyle(input).appearance)).toBe('auto');
  });
});
