// The manifest is built from each element's class JSDoc: Storybook controls and the docs' API pages
// read it, so the API description cannot drift from the code.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/bundle.ts'],
  outdir: '.',
  litelement: true,
};
