// Progress on stderr: a bar redrawn in place on a terminal, one plain line per page otherwise
// (CI logs, pipes), so stdout keeps only the report.
export interface Progress {
  page(done: number, total: number, url: string): void;
  done(): void;
}

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    return { page: (done, total, url) => void stream.write(`consentry: page ${done}/${total} ${url}\n`), done() {} };
  }
  const width = 24;
  return {
    page(done, total, url) {
      const filled = Math.round((done / total) * width);
      const columns = stream.columns || 80;
      const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${url}`;
      stream.write(`\r\x1b[K${line.slice(0, columns - 1)}`);
    },
    done: () => void stream.write('\r\x1b[K'),
  };
}
