import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInstance } from '../../helpers/instance';
import type { Consentry } from '../../../src/types';
import { testEnv, tick } from '../../helpers/env';

let live: Consentry | undefined;
const reload = vi.fn();
afterEach(() => {
  live?.destroy();
  live = undefined;
  reload.mockReset();
});

const CONFIG = {
  autoShow: false,
  categories: {
    analytical: { cookies: [{ name: '_stats_*' }, { name: 'visits' }] },
    functional: {},
    other: { cookies: [{ name: '_ads' }] },
  },
  services: { video: { category: 'functional', label: 'VideoTube', cookies: [{ name: 'vt_pref' }] } },
};

function start(config: object = CONFIG, html = '') {
  document.body.innerHTML = html;
  live = createInstance(config, { env: testEnv({ reload }) });
  return live;
}

/** The scripts Consentry made runnable, by their src or text. */
const ranScripts = () =>
  [...document.querySelectorAll('script:not([type="text/plain"])')].map((s) => (s as HTMLScriptElement).getAttribute('src') ?? s.textContent);

describe('script gates', () => {
  // jsdom runs inline scripts but never loads external ones: the external gate comes last.
  const page = `
    <script type="text/plain" data-consent="analytical">/*stats*/</script>
    <script type="text/plain" data-consent="analytical other">/*both*/</script>
    <script type="text/plain" data-consent="!analytical">/*refused*/</script>
    <script type="text/plain" data-consent="other">/*ads*/</script>
    <script type="text/plain" data-consent="analytical" data-src="https://t.example/a.js" id="a"></script>`;

  it('stay inert before a choice', async () => {
    start(CONFIG, page);
    await tick();
    expect(ranScripts()).toEqual([]);
  });

  it('become runnable copies, in document order, when their categories are granted', async () => {
    const cmp = start(CONFIG, page);
    cmp.set({ analytical: true });
    await tick();
    expect(ranScripts()).toEqual(['/*stats*/', 'https://t.example/a.js']);
    expect(document.getElementById('a')!.getAttribute('type')).toBeNull();
    cmp.set({ other: true });
    await tick();
    // Document order: the two new ones sit before a.js, which has not loaded (jsdom loads nothing).
    expect(ranScripts()).toEqual(['/*stats*/', 'https://t.example/a.js']);
  });

  it('run each gate once, whatever the number of choices', async () => {
    const cmp = start(CONFIG, '<script type="text/plain" data-consent="analytical">/*once*/</script>');
    cmp.acceptAll();
    cmp.rejectAll();
    cmp.acceptAll();
    await tick();
    expect(ranScripts()).toEqual(['/*once*/']);
  });

  it('run "!category" ones only after an explicit refusal', async () => {
    const cmp = start(CONFIG, page);
    cmp.rejectAll();
    await tick();
    expect(ranScripts()).toEqual(['/*refused*/']);
  });

  it('handle gates added later, without the page rescanning', async () => {
    const cmp = start(CONFIG);
    cmp.acceptAll();
    const late = document.createElement('script');
    late.type = 'text/plain';
    late.setAttribute('data-consent', 'functional');
    late.text = '/*late*/';
    document.body.append(late);
    await vi.waitFor(() => expect(ranScripts()).toEqual(['/*late*/']));
  });

  it('warn once about unknown categories and never run them', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    start(CONFIG, '<script type="text/plain" data-consent="analytcal">x</script>'.repeat(200));
    live!.acceptAll();
    await tick();
    expect(ranScripts()).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('consentry: data-consent: no category "analytcal" in config.categories; what needs it never loads');
  });

  it('warn about a tagged script that is not type="text/plain" (it already ran)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    start(CONFIG, '<script data-consent="analytical">1</script>');
    expect(warn).toHaveBeenCalledWith('consentry: <script data-consent="analytical">: ran before consent; give it type="text/plain"');
  });
});

describe('media gates', () => {
  it('get their real URLs only when allowed, and lose them again on withdrawal', () => {
    const cmp = start(
      CONFIG,
      '<img data-consent="other" data-src="https://px.example/p.gif" data-srcset="https://px.example/p2.gif 2x" alt=""><link data-consent="functional" rel="stylesheet" data-href="https://fonts.example/f.css">',
    );
    const img = document.querySelector('img')!;
    const link = document.querySelector('link')!;
    expect(img.hasAttribute('src')).toBe(false);
    cmp.acceptAll();
    expect(img.getAttribute('src')).toBe('https://px.example/p.gif');
    expect(img.getAttribute('srcset')).toBe('https://px.example/p2.gif 2x');
    expect(link.getAttribute('href')).toBe('https://fonts.example/f.css');
    cmp.set({ other: false });
    expect(img.hasAttribute('src')).toBe(false);
    expect(img.hasAttribute('srcset')).toBe(false);
    expect(link.getAttribute('href')).toBe('https://fonts.example/f.css');
  });

  it('show an accessible placeholder for a blocked iframe that names the service', async () => {
    start(CONFIG, '<iframe data-consent="functional" data-service="video" data-src="https://video.example/e/1" width="560" height="315" title="Video"></iframe>');
    await tick();
    const placeholder = document.querySelector<HTMLElement>('[data-consentry-placeholder]')!;
    const iframe = document.querySelector('iframe')!;
    expect(placeholder.nextElementSibling).toBe(iframe);
    expect(placeholder.getAttribute('role')).toBe('region');
    expect(placeholder.getAttribute('aria-label')).toBe('VideoTube');
    expect(placeholder.style.width).toBe('560px');
    expect(placeholder.style.height).toBe('315px');
    expect(iframe.style.display).toBe('none');
    const root = placeholder.shadowRoot!;
    expect(root.querySelector('p')!.textContent).toBe('This content from VideoTube is blocked because it may set cookies.');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Load once', 'Always allow']);
    expect(root.innerHTML).not.toContain('video.example');
  });

  it('"Load once" loads this iframe only and stores nothing', async () => {
    const cmp = start(CONFIG, '<iframe data-consent="functional" data-src="https://video.example/e/1"></iframe><iframe data-consent="functional" data-src="https://video.example/e/2"></iframe>');
    await tick();
    const [first] = document.querySelectorAll<HTMLElement>('[data-consentry-placeholder]');
    first!.shadowRoot!.querySelector('button')!.click();
    const [one, two] = document.querySelectorAll('iframe');
    expect(one!.getAttribute('src')).toBe('https://video.example/e/1');
    expect(two!.hasAttribute('src')).toBe(false);
    expect(document.querySelectorAll('[data-consentry-placeholder]')).toHaveLength(1);
    expect(cmp.get()).toBeNull();
    expect(document.cookie).toBe('');
  });

  it('"Always allow" grants the service, which loads every embed of it', async () => {
    const cmp = start(CONFIG, '<iframe data-consent="functional" data-service="video" data-src="https://video.example/e/1"></iframe>');
    await tick();
    document.querySelector<HTMLElement>('[data-consentry-placeholder]')!.shadowRoot!.querySelectorAll('button')[1]!.click();
    expect(cmp.get()).toMatchObject({ method: 'custom', categories: { functional: false }, services: { video: true } });
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://video.example/e/1');
    expect(document.querySelector('[data-consentry-placeholder]')).toBeNull();
    expect(document.querySelector('iframe')!.style.display).toBe('');
  });

  it('"Always allow" on an iframe without a service grants its category', async () => {
    const cmp = start(CONFIG, '<iframe data-consent="functional" data-src="https://maps.example/e"></iframe>');
    await tick();
    document.querySelector<HTMLElement>('[data-consentry-placeholder]')!.shadowRoot!.querySelectorAll('button')[1]!.click();
    expect(cmp.accepted('functional')).toBe(true);
  });

  it('re-blocks an iframe on withdrawal and brings the placeholder back', async () => {
    const cmp = start(CONFIG, '<iframe data-consent="functional" data-src="https://maps.example/e"></iframe>');
    cmp.acceptAll();
    const iframe = document.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe('https://maps.example/e');
    cmp.set({ functional: false });
    await tick();
    expect(iframe.hasAttribute('src')).toBe(false);
    expect(document.querySelector('[data-consentry-placeholder]')).not.toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });

  it('has no placeholder with data-consent-placeholder="off"', async () => {
    start(CONFIG, '<iframe data-consent="functional" data-consent-placeholder="off" data-src="https://maps.example/e"></iframe>');
    await tick();
    expect(document.querySelector('[data-consentry-placeholder]')).toBeNull();
  });

  it('re-renders placeholders in the new language', async () => {
    const cmp = createInstance(CONFIG, {
      env: testEnv(),
      loadTexts: async () => ({ placeholderText: '{service} est bloqué.', placeholderLoadOnce: 'Charger une fois', placeholderAllow: 'Toujours autoriser' }),
    });
    live = cmp;
    document.body.innerHTML = '<iframe data-consent="functional" data-service="video" data-src="https://video.example/e/1"></iframe>';
    await tick();
    await cmp.setLanguage('fr');
    await tick();
    const root = document.querySelector<HTMLElement>('[data-consentry-placeholder]')!.shadowRoot!;
    expect(root.querySelector('p')!.textContent).toBe('VideoTube est bloqué.');
    expect(document.querySelectorAll('[data-consentry-placeholder]')).toHaveLength(1);
  });
});

describe('withdrawal', () => {
  it('deletes the declared cookies of withdrawn categories and services, wildcards included', () => {
    const cmp = start();
    cmp.acceptAll();
    for (const name of ['_stats_1', '_stats_abc', 'visits', 'vt_pref', '_ads', 'session']) document.cookie = `${name}=1; path=/`;
    cmp.set({ analytical: false, functional: false });
    const names = document.cookie.split('; ').map((pair) => pair.split('=')[0]);
    expect(names.sort()).toEqual(['_ads', 'consentry', 'session']);
  });

  it('reloads when a withdrawn category already ran scripts, and not otherwise', async () => {
    const cmp = start(CONFIG, '<script type="text/plain" data-consent="analytical">1</script>');
    cmp.acceptAll();
    await tick();
    cmp.set({ other: false });
    expect(reload).not.toHaveBeenCalled();
    cmp.set({ analytical: false });
    expect(reload).toHaveBeenCalledOnce();
  });

  it('does not reload with reloadOnRevoke off', async () => {
    const cmp = start({ ...CONFIG, reloadOnRevoke: false }, '<script type="text/plain" data-consent="analytical">1</script>');
    cmp.acceptAll();
    await tick();
    cmp.reset();
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('autoblock', () => {
  const config = { ...CONFIG, autoblock: { other: ['ads.example'] }, services: { ...CONFIG.services, stats: { category: 'analytical', hosts: ['https://cdn.example/stats/'] } } };

  it('holds scripts created by JavaScript, src set before or after insertion, and releases them in order', async () => {
    const cmp = start(config);
    const first = document.createElement('script');
    first.src = 'https://ads.example/one.js';
    document.head.appendChild(first);
    const second = document.createElement('script');
    document.head.insertBefore(second, null);
    second.setAttribute('src', 'https://cdn.example/stats/two.js');
    const free = document.createElement('script');
    free.src = 'https://cdn.example/app.js';
    document.head.appendChild(free);
    expect(first.type).toBe('text/plain');
    expect(second.type).toBe('text/plain');
    expect(free.type).toBe('');
    const loaded = vi.fn();
    first.onload = loaded;
    cmp.set({ other: true });
    // Released as the same object, so the handler its snippet set still fires.
    await vi.waitFor(() => expect(first.hasAttribute('type')).toBe(false));
    expect(document.querySelectorAll('script[src="https://ads.example/one.js"]')).toEqual(expect.objectContaining({ length: 1, 0: first }));
    expect(first.onload).toBe(loaded);
    expect(first.hasAttribute('data-type')).toBe(false);
    expect(second.type).toBe('text/plain');
  });

  it('holds images made by JavaScript until granted, and drops beacons', () => {
    const beacon = vi.fn(() => true);
    const nav = { userAgent: navigator.userAgent, languages: [], sendBeacon: beacon } as unknown as Navigator;
    document.body.innerHTML = '';
    live = createInstance(config, { env: testEnv({ nav }) });
    const pixel = new Image();
    pixel.src = 'https://ads.example/p.gif';
    expect(pixel.hasAttribute('src')).toBe(false);
    expect(nav.sendBeacon('https://ads.example/b', 'x')).toBe(true);
    expect(nav.sendBeacon('https://other.example/b', 'y')).toBe(true);
    expect(beacon.mock.calls).toEqual([['https://other.example/b', 'y']]);
    live.set({ other: true });
    expect(pixel.getAttribute('src')).toBe('https://ads.example/p.gif');
    nav.sendBeacon('https://ads.example/b', 'z');
    expect(beacon).toHaveBeenCalledTimes(2);
  });

  it('holds a script inserted into the markup', async () => {
    start(config);
    document.body.innerHTML = '<script src="https://ads.example/tag.js"></script>';
    await tick();
    expect(document.querySelector('script')!.type).toBe('text/plain');
  });

  it('puts every patch back on destroy', () => {
    const descriptor = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src');
    const setAttribute = Element.prototype.setAttribute;
    start(config).destroy();
    expect(Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')).toEqual(descriptor);
    expect(Element.prototype.setAttribute).toBe(setAttribute);
  });
});

describe('markup Consentry cannot hold', () => {
  it('warns about a tracker’s <noscript> fallback', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    start(CONFIG, '<noscript><img height="1" width="1" src="https://px.example/tr?noscript=1"></noscript><noscript><p>Enable JavaScript</p></noscript>');
    expect(warn.mock.calls).toEqual([['consentry: <noscript> with an image or iframe loads without consent when scripts are off; remove it']]);
  });
});
