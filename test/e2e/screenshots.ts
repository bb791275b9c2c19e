// `npm run screenshots`: PNGs of the banner and the preference centre, light and dark, a
// right-to-left box and a phone, of the demo on a phone, and of the consent insights
// dashboard after visits to the demo, for the README (docs/*.png).
// Run after `npm run build`; uses the e2e helpers and Chromium. Name files to make only
// those (`npm run screenshots -- docs/demo-phone-accepted.png`).
import { startDemo } from '../../examples/serve.js';
import { BANNER, DIALOG, bannerUrl, serveBannerSite, settled } from '../helpers/banner-page';
import { launch } from '../helpers/browser';

const CONFIG = {
  policyUrl: '/privacy',
  services: {
    youtube: { category: 'functional', label: 'YouTube', description: 'Plays embedded videos.', url: 'https://policies.google.com/privacy' },
  },
  categories: {
    necessary: { cookies: [{ name: 'consentry', provider: 'This site', duration: '6 months', description: 'Keeps your cookie choices.' }] },
    analytical: { cookies: [{ name: '_pk_id.*', provider: 'Matomo', duration: '13 months', description: 'Tells visits apart.' }] },
    functional: {},
    other: {},
  },
};

const SHOTS = [
  { file: 'docs/banner-light.png', theme: 'light', view: 'banner', lang: 'en' },
  { file: 'docs/banner-dark.png', theme: 'dark', view: 'banner', lang: 'en' },
  { file: 'docs/preferences-light.png', theme: 'light', view: 'preferences', lang: 'en' },
  { file: 'docs/preferences-dark.png', theme: 'dark', view: 'preferences', lang: 'en' },
  { file: 'docs/banner-box-ar.png', theme: 'light', view: 'banner', lang: 'ar', layout: 'box', position: 'bottom-left' },
  { file: 'docs/preferences-he-dark.png', theme: 'dark', view: 'preferences', lang: 'he' },
  { file: 'docs/banner-phone.png', theme: 'light', view: 'banner', lang: 'de', phone: true },
  { file: 'docs/preferences-phone.png', theme: 'light', view: 'preferences', lang: 'de', phone: true },
] as const;

/**
 * The demo's home page on a 390 px phone, as `npm start` serves it, scrolled to its video:
 * held behind its placeholder after Reject all, released after Accept all, in the same box.
 */
const DEMO_SHOTS = [
  { file: 'docs/demo-phone-placeholder.png', choice: 'reject-all' },
  { file: 'docs/demo-phone-accepted.png', choice: 'accept-all' },
] as const;

/** The dashboard of `npm start`'s ledger after these visits to the marketing site: real clicks, real events. */
const INSIGHTS_SHOT = 'docs/insights-dashboard.png';
const VISITS = [
  ...Array(9).fill(['accept-all', false]),
  ...Array(5).fill(['reject-all', false]),
  ...Array(5).fill(['custom', false]),
  ...Array(3).fill(['look', false]),
  ...Array(5).fill(['accept-all', true]),
  ...Array(2).fill(['reject-all', true]),
] as [string, boolean][];

const only = process.argv.slice(2);
const wanted = (file: string) => !only.length || only.includes(file);

const [browser, site, demo] = await Promise.all([launch(), serveBannerSite(), startDemo({ port: 0, ledger: wanted(INSIGHTS_SHOT) })]);
try {
  if (demo.ledger) {
    for (const [choice, phone] of VISITS) {
      const context = await browser.newContext(phone ? { viewport: { width: 390, height: 844 }, isMobile: true } : { viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const sent = (event: string) => page.waitForRequest((r) => r.url().endsWith('/events') && JSON.parse(r.postData() ?? '{}').event === event);
      const shown = sent('shown');
      await page.goto(`${demo.url}/marketing-site/`);
      await shown;
      if (choice === 'custom') {
        await page.click(`${BANNER} button[data-action="preferences"]`);
        await page.click(`${DIALOG} input[name="analytical"]`);
        const chosen = sent('choice');
        await page.click(`${DIALOG} button[data-action="save"]`);
        await chosen;
      } else if (choice !== 'look') {
        const chosen = sent('choice');
        await page.click(`${BANNER} button[data-action="${choice}"]`);
        await chosen;
      }
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 1200, height: 1500 }, extraHTTPHeaders: { authorization: `Bearer ${demo.ledger.token}` } });
    const page = await context.newPage();
    await page.goto(`${demo.ledger.url}/insights`);
    await page.waitForSelector('#chart-categories canvas');
    await page.screenshot({ path: INSIGHTS_SHOT });
    console.log(`wrote ${INSIGHTS_SHOT}`);
    await context.close();
  }
  for (const shot of DEMO_SHOTS) {
    if (!wanted(shot.file)) continue;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${demo.url}/marketing-site/`);
    await page.click(`${BANNER} button[data-action="${shot.choice}"]`);
    await page.waitForFunction(() => (window as { Consentry?: { get(): unknown } }).Consentry?.get());
    if (shot.choice === 'accept-all') await page.waitForFunction(() => document.querySelector('.video iframe')?.getAttribute('src'));
    await page.locator('.video').evaluate((video) => video.scrollIntoView({ block: 'start' }));
    // The Network log polls every second: let it catch up with the tracker.
    await page.waitForTimeout(2500);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await context.close();
  }
  for (const shot of SHOTS) {
    if (!wanted(shot.file)) continue;
    const phone = 'phone' in shot;
    const context = await browser.newContext({ viewport: phone ? { width: 360, height: 640 } : { width: 1024, height: 720 }, deviceScaleFactor: phone ? 2 : 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const config = { ...CONFIG, theme: shot.theme, ...('layout' in shot ? { layout: shot.layout, position: shot.position } : {}) };
    await page.goto(bannerUrl(site, { config, lang: shot.lang }));
    await page.waitForSelector(BANNER);
    if (shot.view === 'preferences') {
      await page.click('[data-action="preferences"]');
      await page.waitForSelector(DIALOG);
      await page.click(`${DIALOG} [aria-controls="x-analytical"]`);
      await page.click('input[name="analytical"]');
      await page.locator('input[name="analytical"]').blur();
      await page.mouse.move(0, 0);
    }
    await settled(page);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
  await demo.close();
}
