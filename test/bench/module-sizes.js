// Where the bytes of a built file go: each module's rendered (unminified) length, largest
// first. `node test/bench/module-sizes.js dist/consentry.js`
import { rollup } from 'rollup';
import configs from '../../rollup.config.js';

const file = process.argv[2] || 'dist/consentry.js';
const config = configs.find((entry) => JSON.stringify(entry.output).includes(`"${file}"`));
if (!config) throw Error(`no build entry writes ${file}`);
const bundle = await rollup({ input: config.input, plugins: config.plugins, external: config.external });
const { output } = await bundle.generate({ format: 'es' });
const modules = Object.entries(output[0].modules).map(([id, module]) => [module.renderedLength, id.replace(process.cwd() + '/', '')]);
for (const [length, id] of modules.sort((a, b) => b[0] - a[0])) console.log(String(length).padStart(7), id);
