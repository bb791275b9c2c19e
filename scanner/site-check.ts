// `consentry scan <url> --check`: on a site running Consentry, each page is visited three
// times in fresh contexts: with no action, after "Reject all", after "Accept all" (each
// click followed by a reload, the returning visit). A request to another site, or a cookie,
// that reaches a party which is not necessary before consent or after refusal is a
// violation. Parties are judged by the site's own Consentry config first (services and
// autoblock, read from window.Consentry.config), then by the preset database; a third
// party neither knows is a violation too (fail closed: declare it to accept it).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cookieNameMatches, presetOfCookie, presetOfUrl } from './classify';
import { crawl, type CrawlLimits, type Visited } from './crawl';
import { quiet } from './quiet';
import type { Progress } from './progress';
import { isFirstParty, siteOf } from './site';

export interface Violation {
  phase: 'before consent' | 'after refusal';
  page: string;
  what: 'request' | 'cookie';
  /** The URL, or `name (domain)` of the cookie. */
  name: string;
  /** Who it reached: `service "ga" (analytical)`, `preset "hotjar" (analytical)`, or `an unknown third party`. */
  party: string;
}

export interface CheckResult {
  pages: string[];
  violations: Violation[];
  /** Not violations, for the owner to review: unknown first-party cookies, what loaded after Accept all. */
  notes: string[];
}

interface SiteRules {
  necessary: string[];
  consentCookie: string;
  hosts: { pattern: string; category: string; owner: string }[];
  cookies: { name: string; category: string; owner: string }[];
}

type Judgement = { category: string; owner: string } | undefined;

const FIND_RULES = `(() => {
  const cmp = window.Consentry;
  if (!cmp || !cmp.config) return null;
  const c = cmp.config;
  const necessary = Object.keys(c.categories).filter((name) => c.categories[name].readOnly);
  const hosts = [];
  const cookies = [];
  for (const id in c.services) {
    const s = c.services[id];
    for (const pattern of s.hosts || []) hosts.push({ pattern, category: s.category, owner: 'service "' + id + '"' });
    for (const cookie of s.cookies || []) cookies.push({ name: cookie.name, category: s.category, owner: 'service "' + id + '"' });
  }
  for (const category in c.autoblock) for (const pattern of c.autoblock[category]) hosts.push({ pattern, category, owner: 'autoblock' });
  for (const category in c.categories) for (const cookie of c.categories[category].cookies || []) cookies.push({ name: cookie.name, category, owner: 'category' });
  return { necessary, consentCookie: c.cookie.name, hosts, cookies };
})()`;

function matchesPattern(pattern: string, url: URL): boolean {
  if (!pattern.includes('/')) return url.hostname === pattern || url.hostname.endsWith('.' + pattern);
  const prefix = new URL(pattern.startsWith('//') ? 'https:' + pattern : pattern);
  return url.hostname === prefix.hostname && (url.pathname + url.search).startsWith(prefix.pathname + prefix.search);
}

function judgeUrl(url: string, rules: SiteRules): Judgement {
  const parsed = new URL(url);
  const rule = rules.hosts.find((candidate) => matchesPattern(candidate.pattern, parsed));
  if (rule) return { category: rule.category, owner: rule.owner };
  const preset = presetOfUrl(url);
  return preset && { category: preset.category, owner: `preset "${preset.id}"` };
}

function judgeCookie(cookie: { name: string; domain: string }, party: 'first' | 'third', rules: SiteRules): Judgement {
  const rule = rules.cookies.find((candidate) => cookieNameMatches(candidate.name, cookie.name));
  if (rule) return { category: rule.category, owner: rule.owner };
  const preset = presetOfCookie({ ...cookie, party });
  return preset && { category: preset.category, owner: `preset "${preset.id}"` };
}

const describe = (judgement: Judgement) => (judgement ? `${judgement.owner} (${judgement.category})` : 'an unknown third party');

interface Recording {
  requests: string[];
  links: string[];
}

async function open(browser: Browser, url: string, timeout: number, settle: number) {
  const context: BrowserContext = await browser.newContext();
  const page: Page = await context.newPage();
  const recording: Recording = { requests: [], links: [] };
  const site = siteOf(url);
  const record = (target: string) => {
    const parsed = new URL(target);
    if (/^(https?|wss?):$/.test(parsed.protocol) && !isFirstParty(parsed.hostname, site)) recording.requests.push(target);
  };
  page.on('request', (request) => record(request.url()));
  page.on('websocket', (socket) => record(socket.url()));
  await page.goto(url, { waitUntil: 'load', timeout });
  await page.waitForLoadState('networkidle', { timeout: settle }).catch(() => {});
  return { context, page, recording, site };
}

async function rulesOf(page: Page, url: string): Promise<SiteRules> {
  const rules = (await page.evaluate(FIND_RULES)) as SiteRules | null;
  if (!rules) throw new Error(`consentry: ${url} does not run Consentry (no window.Consentry): --check needs a site with Consentry installed`);
  return rules;
}

async function click(page: Page, action: 'reject-all' | 'accept-all', url: string, timeout: number) {
  const button = page.locator(`#consentry-root button[data-action="${action}"]`).first();
  try {
    await button.click({ timeout });
  } catch {
    throw new Error(`consentry: no "${action}" button in the Consentry banner (#consentry-root) on ${url}`);
  }
  // The banner goes at once; the choice (and what it releases) follows after the next frame.
  await page.waitForFunction(() => (window as { Consentry?: { get(): unknown } }).Consentry?.get(), null, { timeout });
  await page.waitForTimeout(300);
}

export interface CheckOptions extends CrawlLimits {
  timeout: number;
  settle: number;
}

/** One page, three visits: its violations and notes, where it landed and its same-site links. */
async function checkPage(browser: Browser, url: string, options: CheckOptions): Promise<Visited & { violations: Violation[]; notes: string[] }> {
  const checked = { url, links: [] as string[], violations: [] as Violation[], notes: [] as string[] };
  const judge = async (phase: Violation['phase'], visit: Awaited<ReturnType<typeof open>>, rules: SiteRules) => {
    for (const request of new Set(visit.recording.requests)) {
      const judgement = judgeUrl(request, rules);
      if (!judgement || !rules.necessary.includes(judgement.category)) checked.violations.push({ phase, page: checked.url, what: 'request', name: request, party: describe(judgement) });
    }
    for (const cookie of await visit.context.cookies()) {
      if (cookie.name === rules.consentCookie) continue;
      const party = isFirstParty(cookie.domain, visit.site) ? 'first' : 'third';
      const judgement = judgeCookie(cookie, party, rules);
      if (judgement && rules.necessary.includes(judgement.category)) continue;
      if (!judgement && party === 'first') {
        const note = `unclassified first-party cookie ${cookie.name} on ${checked.url} (${phase}): declare it in a category`;
        if (!checked.notes.includes(note)) checked.notes.push(note);
        continue;
      }
      checked.violations.push({ phase, page: checked.url, what: 'cookie', name: `${cookie.name} (${cookie.domain})`, party: describe(judgement) });
    }
  };

  // 1. No action.
  const first = await open(browser, url, options.timeout, options.settle);
  try {
    checked.url = first.page.url().replace(/#.*$/, '');
    const rules = await rulesOf(first.page, url);
    await judge('before consent', first, rules);
    const links = await first.page.$$eval('a[href]', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href.replace(/#.*$/, ''))).catch(() => []);
    checked.links = links.filter((link) => /^https?:/.test(link) && isFirstParty(new URL(link).hostname, first.site));
  } finally {
    await first.context.close();
  }

  // 2. Reject all, then the returning visit.
  const refused = await open(browser, url, options.timeout, options.settle);
  try {
    const rules = await rulesOf(refused.page, url);
    refused.recording.requests.length = 0;
    await click(refused.page, 'reject-all', url, options.timeout);
    await quiet(refused.page, options.settle);
    await refused.page.reload({ waitUntil: 'load', timeout: options.timeout });
    await refused.page.waitForLoadState('networkidle', { timeout: options.settle }).catch(() => {});
    await judge('after refusal', refused, rules);
  } finally {
    await refused.context.close();
  }

  // 3. Accept all: what loads then is for the owner to see, never a violation.
  const accepted = await open(browser, url, options.timeout, options.settle);
  try {
    await rulesOf(accepted.page, url);
    accepted.recording.requests.length = 0;
    await click(accepted.page, 'accept-all', url, options.timeout);
    await quiet(accepted.page, options.settle);
    const hosts = new Set(accepted.recording.requests.map((request) => new URL(request).hostname));
    checked.notes.push(`after Accept all on ${checked.url}: ${hosts.size ? [...hosts].sort().join(', ') : 'no third-party request'}`);
  } finally {
    await accepted.context.close();
  }
  return checked;
}

export async function checkSite(browser: Browser, start: string, options: CheckOptions, progress: Progress): Promise<CheckResult> {
  const pages = await crawl(start, options, (url) => checkPage(browser, url, options), progress);
  return {
    pages: pages.map((page) => page.url),
    violations: pages.flatMap((page) => page.violations),
    notes: [...new Set(pages.flatMap((page) => page.notes))],
  };
}
