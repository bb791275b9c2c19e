// The stylesheet comes in as text: vite's `?raw` in tests, the `css` plugin of rollup.config.js in the build.
declare module '*.css?raw' {
  const css: string;
  export default css;
}
