import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  // The stories load the bundled sample catalogue from ./examples/, as the demo page does.
  // The map stories use a plain local tile, so that Storybook works offline.
  staticDirs: [
    { from: '../data-schema/examples', to: '/examples' },
    { from: '../test/fixtures/map-tiles', to: '/tiles' },
  ],
  core: { disableTelemetry: true },
  // Storybook reads the top-level vite.config.ts and already drops its root and library build.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // The staticDirs above serve the samples; vite.config.ts's publicDir would copy all of data-schema/.
      publicDir: false,
      // Storybook's renderer imports this Lit module; left out of the pre-bundle, it loads a second
      // lit-html in `storybook dev` ("Multiple versions of Lit loaded").
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
    }),
};

export default config;
