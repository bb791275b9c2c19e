// The crawl: breadth first from the start URL over same-site links, never more than `pages`
// pages or deeper than `depth` links, one fresh context per page.
import type { Browser } from 'playwright-core';
import type { Progress } from './progress';
import type { PageVisit } from './types';
import { visitPage, type VisitOptions } from './visit';

export interface CrawlOptions extends VisitOptions {
  pages: number;
  depth: number;
}

export async function crawl(browser: Browser, start: string, options: CrawlOptions, progress: Progress): Promise<{ visits: PageVisit[]; screenshot?: Buffer }> {
  const queue: { url: string; depth: number }[] = [{ url: start, depth: 0 }];
  const queued = new Set([start]);
  const visits: PageVisit[] = [];
  let screenshot: Buffer | undefined;
  while (queue.length && visits.length < options.pages) {
    const { url, depth } = queue.shift()!;
    progress.page(visits.length + 1, Math.min(options.pages, visits.length + 1 + queue.length), url);
    const { screenshot: shot, ...visit } = await visitPage(browser, url, depth, { ...options, screenshot: visits.length === 0 });
    if (shot) screenshot = shot;
    visits.push(visit);
    if (depth >= options.depth) continue;
    for (const link of visit.links) {
      if (queued.has(link)) continue;
      queued.add(link);
      queue.push({ url: link, depth: depth + 1 });
    }
  }
  progress.done();
  return { visits, ...(screenshot ? { screenshot } : {}) };
}
