// Byte counts: raw, gzip -9 and brotli -11, what a server with static pre-compression sends.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Raw, gzip and brotli sizes of `code` (a Buffer or string). */
export function sizesOf(code) {
  const bytes = Buffer.from(code);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Adds up several `sizesOf` results. */
export const sumSizes = (list) =>
  list.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** Every built script under `dir`, with its sizes, sorted by name. */
export function distSizes(dir = 'dist') {
  return readdirSync(dir, { recursive: true })
    .filter((file) => /\.m?js$/.test(file))
    .sort()
    .map((file) => ({ file, ...sizesOf(readFileSync(join(dir, file))) }));
}

/** Sizes of one built file, or `null` while it does not exist. */
export const fileSizes = (path) => (existsSync(path) ? sizesOf(readFileSync(path)) : null);
