// `npm run manifest` writes custom-elements.json from the JSDoc of the widget classes (attributes,
// properties, events, parts, custom properties), for editors, Storybook and documentation tools.
export default {
  globs: ['src/widgets/*/*.component.ts', 'src/widgets/*/pomoc-*.ts', 'src/internal/base.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      // The base class's emit(type, detail) reads as an event named "type": the real events are the
      // @event tags of each widget.
      name: 'pomoc-drop-generic-event',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'type');
          }
        }
      },
    },
  ],
};
