// The crawl: breadth first from the start URL over same-site links, never more than `pages`
// pages or deeper than `depth` links, `concurrency` pages at a time. One depth at a time:
// the next depth is made from this one's links in page order, then link order, so the pages
// visited and their order are the same at any concurrency (a baseline compares like with
// like). A page that redirects is the page it lands on: a link to either is not followed
// again, and two links that land on one page make one page.
import type { Progress } from './progress';

/** What the crawl needs back from a visit. */
export interface Visited {
  /** Where the page landed, after redirects. */
  url: string;
  links: string[];
}

export interface CrawlLimits {
  pages: number;
  depth: number;
  concurrency: number;
}

/** Runs `work` on every item, at most `size` at once; results in the items' order. */
async function pool<I, O>(items: I[], size: number, work: (item: I, index: number) => Promise<O>): Promise<O[]> {
  const out: O[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return out;
}

export async function crawl<T extends Visited>(start: string, limits: CrawlLimits, visit: (url: string, depth: number) => Promise<T>, progress: Progress): Promise<T[]> {
  const seen = new Set([start]);
  const landed = new Set<string>();
  const results: T[] = [];
  let level = [start];
  for (let depth = 0; level.length && results.length < limits.pages; depth++) {
    level = level.slice(0, limits.pages - results.length);
    const before = results.length;
    const total = before + level.length;
    // The count is final when no deeper page can be found, or the limit is reached.
    const final = depth >= limits.depth || total >= limits.pages;
    const visited = await pool(level, limits.concurrency, (url, index) => {
      progress.page(before + index + 1, total, final, url);
      return visit(url, depth);
    });
    const kept = visited.filter((page) => !landed.has(page.url) && landed.add(page.url));
    for (const page of kept) seen.add(page.url);
    const next: string[] = [];
    if (depth < limits.depth) {
      for (const link of kept.flatMap((page) => page.links)) if (!seen.has(link) && seen.add(link)) next.push(link);
    }
    results.push(...kept);
    level = next;
  }
  progress.done();
  return results;
}
