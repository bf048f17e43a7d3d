// The manifest is built from each element's class JSDoc: Storybook controls and the docs' API pages
// read it, so the API description cannot drift from the code.
export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.test-fixtures.ts',
    'src/**/*.stories.ts',
    'src/internal/story-helpers.ts',
    'src/bundle.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // GdElement.emit(type, detail) dispatches `new CustomEvent(type, …)`; the analyzer would list an
      // event literally named "type" on every element. The real events are declared with @fires.
      name: 'drop-generic-emit-event',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events)
              declaration.events = declaration.events.filter((event) => event.name !== 'type');
          }
        }
      },
    },
  ],
};
