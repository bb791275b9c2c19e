// Builds the React and Vue examples with Vite, as apps would: each imports `consentry/react`
// or `consentry/vue` from the package (here, this repository's dist/), once for the browser
// and once for the server (SSR). Development builds of the frameworks, so that a hydration
// mismatch is reported on the console in full (the e2e test asserts there is none).
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** What npm would resolve: the package's "exports" point at dist/. */
const alias = [
  { find: /^consentry\/(react|vue|banner)$/, replacement: here('../dist/$1.mjs') },
  { find: /^consentry$/, replacement: here('../dist/index.mjs') },
];

const app = (name, plugins, ssr) => ({
  configFile: false,
  root: here(name),
  logLevel: 'warn',
  mode: 'development',
  plugins,
  resolve: { alias },
  define: {
    'process.env.NODE_ENV': '"development"',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
  build: {
    outDir: here(`${name}/build/${ssr ? 'server' : 'client'}`),
    emptyOutDir: true,
    minify: false,
    ssr: ssr ? here(`${name}/server.${name === 'react' ? 'tsx' : 'ts'}`) : undefined,
    rollupOptions: {
      // `'use client'` is for React Server Components; an app's bundle rightly drops it.
      onwarn: (warning, warn) => warning.code === 'MODULE_LEVEL_DIRECTIVE' || warn(warning),
      ...(ssr
        ? { output: { entryFileNames: 'server.mjs' } }
        : { input: here(`${name}/client.${name === 'react' ? 'tsx' : 'ts'}`), output: { entryFileNames: 'client.js', chunkFileNames: '[name]-[hash].js' } }),
    },
  },
});

for (const [name, plugins] of [['react', []], ['vue', [vue()]]]) {
  await Promise.all([build(app(name, plugins, false)), build(app(name, plugins, true))]);
}
