// Progress on stderr: a bar redrawn in place on a terminal, one plain line per page otherwise
// (CI logs, pipes), so stdout keeps only the report. A crawl finds pages as it goes: until
// it cannot find more, the count says "found so far" (a "+" on the bar) instead of
// pretending to know the end.
export interface Progress {
  /** Page `number` of `total` starts; `final`: no more pages can be found. */
  page(number: number, total: number, final: boolean, url: string): void;
  done(): void;
}

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    return {
      page: (number, total, final, url) => void stream.write(`consentry: page ${number} of ${total}${final ? '' : ' found so far'}: ${url}\n`),
      done() {},
    };
  }
  const width = 24;
  return {
    page(number, total, final, url) {
      const filled = Math.round(((number - 1) / total) * width);
      const columns = stream.columns || 80;
      const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${number}/${total}${final ? '' : '+'} ${url}`;
      stream.write(`\r\x1b[K${line.slice(0, columns - 1)}`);
    },
    done: () => void stream.write('\r\x1b[K'),
  };
}
