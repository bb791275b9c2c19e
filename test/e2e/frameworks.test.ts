// The React and Vue examples (examples/build-frameworks.js) in Chromium: the server renders
// each app with react-dom/server or vue/server-renderer, the browser hydrates it, and the
// console must stay free of errors and warnings, hydration mismatches above all.
import { readFile } from 'node:fs/promises';
import type { Browser, ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANNER } from '../helpers/banner-page';
import { launch } from '../helpers/browser';
import { serveSite, type Served } from '../helpers/server';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Serves one example: `/` is the page with the server's HTML in it, the rest its client build. */
async function serveExample(name: 'react' | 'vue'): Promise<{ site: Served; html: string }> {
  const { render } = (await import(`../../examples/${name}/build/server/server.mjs`)) as { render(): string | Promise<string> };
  const html = await render();
  const page = (await readFile(`examples/${name}/index.html`, 'utf8')).replace('<!--app-->', html);
  const site = await serveSite(`examples/${name}/build/client`, {
    routes: {
      '/': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
      '/favicon.ico': (_req, res) => res.writeHead(204).end(),
    },
  });
  return { site, html };
}

describe.each(['react', 'vue'] as const)('the %s example', (name) => {
  let site: Served;
  let html: string;
  beforeAll(async () => {
    ({ site, html } = await serveExample(name));
  });
  afterAll(() => site?.close());

  it('renders "no choice" on the server', () => {
    expect(html).toContain('no choice yet');
    expect(html).toContain('analytics off');
    expect(html).toContain('id="allow-video"');
    expect(html).not.toContain('id="video"');
  });

  it('hydrates with no mismatch, on a first visit and on a return with a stored choice', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const note = (message: ConsoleMessage) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    };
    page.on('console', note);
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

    await page.goto(site.url);
    await page.waitForSelector(BANNER);
    expect(await page.textContent('#status')).toBe('no choice yet');
    await page.click('[data-action="accept-all"]');
    await page.waitForSelector('#video');
    expect(await page.textContent('#status')).toBe('choice made (accept-all)');
    expect(await page.textContent('#analytics')).toBe('analytics on');

    // A return: the server still says "no choice", the browser hydrates that, then shows the stored choice.
    await page.reload();
    await page.waitForSelector('#video');
    expect(await page.textContent('#status')).toBe('choice made (accept-all)');
    expect(await page.isVisible(BANNER)).toBe(false);

    // Withdrawal: the record goes back to null and the gated video away.
    await page.click('#withdraw');
    await page.waitForSelector('#allow-video');
    expect(await page.textContent('#status')).toBe('no choice yet');
    expect(await page.textContent('#analytics')).toBe('analytics off');
    expect(problems).toEqual([]);
    await context.close();
  });
});
