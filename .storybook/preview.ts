import type { Preview } from '@storybook/web-components-vite';

// The widgets take their language from the page; Storybook's frame says "en", a town's site "cs".
document.documentElement.lang = 'cs';

const preview: Preview = {
  parameters: {
    layout: 'padded',
  },
};

export default preview;
