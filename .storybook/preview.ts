import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    layout: 'padded',
  },
  // A language switch in the toolbar: the widgets take their language from the page, as on a
  // town's site (Storybook's own frame would say "en").
  globalTypes: {
    lang: {
      description: 'Interface language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'cs', title: 'Čeština' },
          { value: 'en', title: 'English' },
          { value: 'uk', title: 'Українська' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'cs' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.lang ?? 'cs');
      return story();
    },
  ],
};

export default preview;
