// Consent insights in the ledger (SPEC 12), over real HTTP on both engines: what POST /events
// accepts and refuses, that only daily counters are stored, the exact figures /insights.json
// gives back with "< 5" below five, the revision comparison, access to the figures and the
// dashboard, retention, the terminal command, and two processes on one PostgreSQL counting
// concurrent events exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, freshStorage, start, TOKEN, ENGINES, type Engine, type Ledger } from './harness';
import { envOf, runCli, spawnLedger } from './processes';

const SITE = 'https://shop.example';
type BannerEvent = Record<string, unknown>;
const event = (kind: 'shown' | 'preferences' | 'choice', extra: BannerEvent = {}): BannerEvent => ({
  v: 1,
  event: kind,
  url: `${SITE}/pricing`,
  revision: 2,
  language: 'fr',
  mode: 'opt-in',
  gpc: false,
  device: 'desktop',
  ...(kind === 'choice' ? { method: 'accept-all', categories: { analytical: true, functional: true, other: true } } : {}),
  ...extra,
});
const postEvent = (ledger: { url: string }, body: unknown, headers: Record<string, string> = {}) =>
  fetch(ledger.url + '/events', { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers } });
const today = () => new Date().toISOString().slice(0, 10);
const insights = async (ledger: { url: string }, query = '') => {
  const res = await admin(ledger, `/insights.json?site=${encodeURIComponent(SITE)}${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as any;
};
const sendAll = (ledger: { url: string }, events: BannerEvent[]) => Promise.all(events.map((e) => postEvent(ledger, e).then((res) => expect(res.status).toBe(204))));
const times = (n: number, e: BannerEvent) => Array.from({ length: n }, () => e);

describe.each(ENGINES)('POST /events (%s)', (engine: Engine) => {
  let storage: Awaited<ReturnType<typeof freshStorage>>;
  let ledger: Ledger;

  beforeAll(async () => {
    storage = await freshStorage(engine);
    ledger = await start(storage.options);
  });
  afterAll(async () => {
    await ledger?.close();
    await storage?.drop();
  });

  it('counts events into daily counters and gives back exact figures from 5, "< 5" below', async () => {
    await sendAll(ledger, [
      ...times(9, event('shown')),
      ...times(3, event('shown', { device: 'mobile', language: 'de' })),
      ...times(6, event('preferences')),
      ...times(5, event('choice')),
      ...times(2, event('choice', { method: 'reject-all', categories: { analytical: false, functional: false, other: false } })),
      ...times(5, event('choice', { method: 'custom', categories: { analytical: true, functional: false, other: false } })),
    ]);
    const report = await insights(ledger);
    expect(report).toMatchObject({ site: SITE, sites: [SITE], from: expect.any(String), to: today(), by: 'day', categories: ['analytical', 'functional', 'other'] });
    expect(report.totals).toEqual({
      shown: 12,
      preferences: 6,
      choices: 12,
      choiceRate: 100,
      methods: { 'accept-all': { count: 5, share: 42 }, 'reject-all': { count: '< 5', share: '< 5' }, custom: { count: 5, share: 42 } },
      categories: {
        analytical: { granted: 10, refused: '< 5', rate: 83 },
        functional: { granted: 5, refused: 7, rate: 42 },
        other: { granted: 5, refused: 7, rate: 42 },
      },
    });
    const days = report.groups as { key: string; shown: unknown }[];
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toMatchObject({ key: today(), shown: 12 });
    expect(days[0]).toMatchObject({ shown: '< 5', choices: '< 5' });

    const byDevice = await insights(ledger, '&by=device');
    expect(byDevice.groups.map((g: any) => [g.key, g.shown])).toEqual([
      ['desktop', 9],
      ['mobile', '< 5'],
    ]);
    const byLanguage = await insights(ledger, '&by=language');
    expect(byLanguage.groups.map((g: any) => [g.key, g.shown, g.choices])).toEqual([
      ['fr', 9, 12],
      ['de', '< 5', '< 5'],
    ]);
    const byRegion = await insights(ledger, '&by=region');
    expect(byRegion.groups.map((g: any) => [g.key, g.shown])).toEqual([['', 12]]);
  });

  it('stores counters only: no row per event, no address, no header', async () => {
    const before = Number((await ledger.db.query('SELECT count(*)::integer AS n FROM insights_counters')).rows[0].n);
    await sendAll(ledger, times(20, event('shown', { language: 'it' })));
    const after = Number((await ledger.db.query('SELECT count(*)::integer AS n FROM insights_counters')).rows[0].n);
    // One new counter per dimension whose value is new (the language); the others add up.
    expect(after - before).toBe(1);
    await postEvent(ledger, event('shown'), { 'user-agent': 'Secret/1.0', 'x-forwarded-for': '203.0.113.7' });
    const everything = JSON.stringify((await ledger.db.query('SELECT * FROM insights_counters')).rows);
    expect(everything).not.toMatch(/203\.0\.113\.7|127\.0\.0\.1|Secret|pricing/);
    const columns = (await ledger.db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'insights_counters' ORDER BY ordinal_position")).rows.map((r: any) => r.column_name);
    expect(columns).toEqual(['site', 'dimension', 'day', 'value', 'event', 'method', 'category', 'granted', 'count']);
  });

  const refused: [string, BannerEvent | string, number, string][] = [
    ['an identifier', { ...event('shown'), id: '3b241101-e2bb-4255-8caf-4136c566a962' }, 400, 'id: unknown key'],
    ['a time', { ...event('shown'), at: '2026-06-01T12:00:00.000Z' }, 400, 'at: unknown key'],
    ['a missing field', (({ device, ...rest }) => rest)(event('shown')), 400, 'device: missing'],
    ['another version', { ...event('shown'), v: 2 }, 400, 'v: expected 1, got 2'],
    ['an unknown event', { ...event('shown'), event: 'click' }, 400, 'event: expected one of "shown", "preferences", "choice", got "click"'],
    ['a choice without its method', (({ method, ...rest }) => rest)(event('choice')), 400, 'method: missing (a "choice" event carries it)'],
    ['a method on a view', { ...event('shown'), method: 'accept-all' }, 400, 'method: only a "choice" event carries it, got it on "shown"'],
    ['a choice by the API', event('choice', { method: 'api' }), 400, 'method: expected one of "accept-all", "reject-all", "custom", got "api"'],
    ['a state that is not a boolean', event('choice', { categories: { analytical: 'yes' } }), 400, 'categories.analytical: expected true or false, got "yes"'],
    ['a built-in object name', event('choice', { categories: { constructor: true } }), 400, 'categories: expected category names that are not built into JavaScript objects, got "constructor"'],
    ['a URL with a query', event('shown', { url: `${SITE}/?email=a@b.example` }), 400, 'url: expected an http: or https: URL without credentials, query or fragment, got "https://shop.example/?email=a@b.example"'],
    ['a device class of its own', event('shown', { device: 'watch' }), 400, 'device: expected one of "mobile", "tablet", "desktop", got "watch"'],
    ['a region that is not a code', event('shown', { region: 'Île de France' }), 400, 'region: expected a region code such as "US-CA" or "EU", got "Île de France"'],
    ['JSON that is not', '{"v":1,', 400, 'body: expected JSON, got "{\\"v\\":1,"'],
  ];
  it.each(refused)('refuses %s, naming it', async (_, body, status, error) => {
    const res = await postEvent(ledger, body);
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ error });
  });

  it('takes the same content types, size limit and preflight as /records', async () => {
    expect((await postEvent(ledger, event('shown'), { 'content-type': 'application/json' })).status).toBe(204);
    expect((await postEvent(ledger, event('shown'), { 'content-type': 'text/html' })).status).toBe(415);
    expect((await postEvent(ledger, 'x'.repeat(9000))).status).toBe(413);
    const preflight = await fetch(ledger.url + '/events', { method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
  });

  it('compares the newest revision with the one before', async () => {
    const site = 'https://revisions.example';
    const day = today();
    const count = (n: number, e: BannerEvent) => Promise.all(times(n, { ...e, url: `${site}/` }).map((x) => ledger.store.countEvent(x as any, site, day)));
    const choice = (revision: number, analytical: boolean) => event('choice', { revision, method: analytical ? 'accept-all' : 'reject-all', categories: { analytical, other: analytical } });
    await count(41, choice(3, true));
    await count(59, choice(3, false));
    await count(47, choice(4, true));
    await count(53, choice(4, false));
    const res = await admin(ledger, `/insights.json?site=${encodeURIComponent(site)}&by=revision`);
    const report = (await res.json()) as any;
    expect(report.groups.map((g: any) => g.key)).toEqual(['3', '4']);
    expect(report.revisions).toMatchObject({ current: 4, previous: 3 });
    expect(report.revisions.sentences).toEqual([
      'Since revision 4, acceptance of analytical cookies went from 41 % to 47 %.',
      'Since revision 4, acceptance of other cookies went from 41 % to 47 %.',
      'Since revision 4, "Accept all" went from 41 % to 47 % of choices.',
      'Since revision 4, "Reject all" went from 59 % to 53 % of choices.',
    ]);
    expect(report.revisions.changes).toContainEqual({ measure: 'custom', before: '< 5', after: '< 5' });
  });

  it('purges the counters of days past retention', async () => {
    const site = 'https://old.example';
    await ledger.store.countEvent(event('shown', { url: `${site}/` }) as any, site, '2020-01-01');
    await ledger.store.countEvent(event('shown', { url: `${site}/` }) as any, site, today());
    expect(await ledger.store.purgeCounters(new Date(Date.now() - 400 * 86_400_000))).toBe(7);
    const { rows } = await ledger.db.query('SELECT DISTINCT day::text AS day FROM insights_counters WHERE site = $1', [site]);
    expect(rows).toEqual([{ day: today() }]);
  });
});

describe('who may read the insights', () => {
  let storage: Awaited<ReturnType<typeof freshStorage>>;
  let ledger: Ledger;
  beforeAll(async () => {
    storage = await freshStorage('postgresql');
    ledger = await start(storage.options, { allowedOrigins: [SITE] });
    await sendAll(ledger, times(5, event('shown')));
  });
  afterAll(async () => {
    await ledger?.close();
  });

  it('refuses an event whose page is not on an allowed origin, whatever Origin says', async () => {
    const res = await postEvent(ledger, event('shown', { url: 'https://elsewhere.example/' }), { origin: SITE });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: 'url: expected a page on https://shop.example, got "https://elsewhere.example/"' });
    expect((await postEvent(ledger, event('shown'), { origin: 'https://elsewhere.example' })).status).toBe(403);
  });

  it('answers /insights.json to the token only, and never to a page (no CORS)', async () => {
    const anonymous = await fetch(`${ledger.url}/insights.json`, { headers: { origin: SITE } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${ledger.url}/insights.json`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const res = await admin(ledger, '/insights.json');
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).totals.shown).toBe(5);
  });

  it('refuses bad parameters, naming them', async () => {
    const error = async (query: string) => ((await (await admin(ledger, `/insights.json?${query}`)).json()) as any).error;
    expect(await error('by=hour')).toBe('by: expected "day", "week", "language", "region", "revision", "device", "mode" or "gpc", got "hour"');
    expect(await error('from=2026-02-30')).toBe('from: expected a day such as 2026-06-01, got "2026-02-30"');
    expect(await error('from=2026-06-02&to=2026-06-01')).toBe('from: expected a day not after to (2026-06-01), got "2026-06-02"');
    expect(await error('site=javascript:alert(1)')).toBe('site: expected an origin such as https://example.com, got "javascript:alert(1)"');
    expect(await error('site=a&site=b')).toBe('site: expected once, got it repeated');
  });

  it('shows a sign-in form, and the dashboard once signed in, under a strict policy', async () => {
    const form = await fetch(`${ledger.url}/insights`);
    expect(form.status).toBe(401);
    expect(await form.text()).toContain('<form method="post" action="/insights/login">');
    const policy = form.headers.get('content-security-policy')!;
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');

    const signIn = (token: string) =>
      fetch(`${ledger.url}/insights/login?from=2026-01-01`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ token }), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const wrong = await signIn('not-the-token');
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('That is not this ledger’s token.');
    const right = await signIn(TOKEN);
    expect(right.status).toBe(303);
    expect(right.headers.get('location')).toBe('/insights?from=2026-01-01');
    const cookie = right.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^consentry_insights=\d{13}\.[\w-]{43}; Path=\/; Max-Age=43200; HttpOnly; SameSite=Strict$/);

    const page = await fetch(`${ledger.url}/insights`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('<h1>Consent insights</h1>');
    expect(text).not.toMatch(/<script>|<script(?![^>]*(src="\/insights\/assets\/|type="application\/json"))|style="|\son\w+=/);
    expect((await fetch(`${ledger.url}/insights.json`, { headers: { cookie: cookie.split(';')[0]! } })).status).toBe(200);
    // A forged or expired session is no session.
    const forged = cookie.split(';')[0]!.replace(/\d{13}/, String(Date.now() + 10 ** 9));
    expect((await fetch(`${ledger.url}/insights.json`, { headers: { cookie: forged } })).status).toBe(401);
    expect((await fetch(`${ledger.url}/insights/assets/uPlot.iife.min.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${ledger.url}/insights/assets/../../server/cli.js`)).status).toBe(404);
  });

  it('prints the figures in a terminal, "< 5" included', async () => {
    await sendAll(ledger, times(3, event('shown', { device: 'mobile' })));
    const { code, stdout, stderr } = await runCli(['insights', '--by', 'device'], envOf(storage.options));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`Consent insights for ${SITE}`);
    expect(stdout).toMatch(/Banner views\s+8\n/);
    expect(stdout).toMatch(/\n\s*Desktop \(1024 px and wider\)\s+5\s/);
    expect(stdout).toMatch(/\n\s*Mobile \(narrower than 640 px\)\s+< 5\s/);
  });
});

describe('two ledger processes on one PostgreSQL', () => {
  it('count concurrent events exactly', async () => {
    const storage = await freshStorage('postgresql');
    const ledgers = await Promise.all([spawnLedger(envOf(storage.options)), spawnLedger(envOf(storage.options))]);
    try {
      const sent = { shown: 0, choices: 0 };
      // 40 senders at once, half on each process, every one on the same counters.
      await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          for (let n = 0; n < 15; n++) {
            const kind = n % 3 ? 'shown' : 'choice';
            const res = await postEvent(ledgers[i % 2]!, event(kind, { language: ['fr', 'de'][n % 2] }));
            expect(res.status).toBe(204);
            sent[kind === 'shown' ? 'shown' : 'choices']++;
          }
        }),
      );
      const report = await insights(ledgers[0]!);
      expect(report.totals).toMatchObject({ shown: sent.shown, choices: sent.choices, categories: { analytical: { granted: sent.choices } } });
      const byLanguage = await insights(ledgers[1]!, '&by=language');
      expect(byLanguage.groups.map((g: any) => g.shown + g.choices).reduce((a: number, b: number) => a + b)).toBe(600);
    } finally {
      for (const ledger of ledgers) ledger.child.kill('SIGTERM');
      await Promise.all(ledgers.map((ledger) => ledger.exited));
    }
  });
});
