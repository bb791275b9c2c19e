// What each part of the gate costs on every visit: dist/consentry.js built again with that
// part's modules replaced by empty stubs, gzip -9, the difference to the real build. A
// part's modules' own imports go with it, so parts overlap (gating holds autoblock).
// `node test/bench/gate-parts.js`
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import configs from '../../rollup.config.js';

const config = configs.find((entry) => JSON.stringify(entry.output).includes('consentry.js"'));
const PARTS = {
  'gating, every channel (tags, media, autoblock, release queue)': ['src/gate/gating.ts'],
  '  of which autoblock': ['src/gate/autoblock.ts'],
  '  of which the script queue': ['src/gate/scripts.ts'],
  'preset host table (42 presets)': ['src/gate/preset-table.ts'],
  'Consent Mode and Microsoft signals': ['src/gate/signals.ts'],
  'cookie codec (decode, encode, check)': ['src/gate/codec.ts'],
  'the kernel (states, transitions, records)': ['src/gate/consent.ts'],
  'the stored choice (cookie read and write)': ['src/gate/store.ts'],
  'API object (with set() parsing)': ['src/gate/api.ts'],
  'config discovery (JSON block, data-config)': ['src/loader/read-config.ts'],
  'trusted config (stored, hashed)': ['src/gate/trusted-config.ts'],
  'hosts held for an unchecked config': ['src/gate/held-hosts.ts'],
  'manager link (fetch, start, queue)': ['src/gate/manager-link.ts'],
  'events': ['src/gate/events.ts'],
  'page actions': ['src/gate/actions.ts'],
  'tab sync and the back/forward cache': ['src/gate/sync.ts'],
  'language resolution': ['src/gate/resolve.ts'],
  'Trusted Types': ['src/gate/trusted-types.ts'],
};

const exportsOf = (file) => [...readFileSync(file, 'utf8').matchAll(/^export (?:async )?(?:function|const|let|class) (\w+)/gm)].map((match) => match[1]);

async function gzipWithout(files) {
  const stubbed = files.map((file) => resolve(file));
  const stub = {
    name: 'stub-parts',
    async resolveId(id, importer) {
      if (!importer || !id.startsWith('.')) return null;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      return resolved && stubbed.includes(resolved.id) ? '\0stub:' + resolved.id : null;
    },
    load: (id) => (id.startsWith('\0stub:') ? exportsOf(id.slice(6)).map((name) => `export const ${name} = () => ({});`).join('\n') || 'export {};' : null),
  };
  const bundle = await rollup({ input: config.input, plugins: [stub, ...config.plugins], onwarn() {} });
  const { output } = await bundle.generate({ format: 'iife', plugins: config.output.plugins });
  return gzipSync(output[0].code, { level: 9 }).length;
}

const full = await gzipWithout([]);
console.log(`${String(full).padStart(6)}  dist/consentry.js, gzip -9`);
for (const [part, files] of Object.entries(PARTS)) console.log(`${String(full - (await gzipWithout(files))).padStart(6)}  ${part}`);
