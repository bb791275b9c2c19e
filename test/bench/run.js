// `npm run bench`: sizes of every built file (raw, gzip -9, brotli -11) as a markdown table.
// Timings in real Chromium are added by the sections below as the product grows.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const files = readdirSync('dist', { recursive: true })
  .filter((file) => /\.(m?js)$/.test(file))
  .sort();

const sizes = (file) => {
  const code = readFileSync(join('dist', file));
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

console.log('## Sizes (bytes)\n');
console.log('| file | raw | gzip | brotli |');
console.log('| --- | ---: | ---: | ---: |');
for (const file of files) {
  const { raw, gzip, brotli } = sizes(file);
  console.log(`| \`${file}\` | ${raw} | ${gzip} | ${brotli} |`);
}
