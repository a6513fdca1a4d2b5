import { css } from 'lit';

/**
 * The stylesheet every widget starts from. Theming goes through `--pomoc-*` custom properties,
 * each with a fallback, so a host page sets only what it wants to change.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  /* Set on the widget's own root too: a page rule on the element (* { all: revert },
     div { font-size: 30px } inherited, html { font-size: 62.5% }) beats :host, not this. */
  :host,
  [part~='base'] {
    font-family: var(--pomoc-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    /* medium is the reader's default size, whatever the page did to rem. */
    font-size: var(--pomoc-font-size, medium);
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-transform: none;
    color: var(--pomoc-text, #1b1b1b);
    background: var(--pomoc-background, transparent);
    text-align: start;
    overflow-wrap: break-word;
  }
  *,
  *::before,
  *::after {
    /* Set, not inherited: inside <details> the chain passes through its own shadow root. */
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  fieldset {
    margin: 0;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  h2 {
    font-size: 1.5em;
    line-height: 1.25;
  }
  label {
    display: block;
    font-weight: 600;
  }
  input[type='search'],
  select {
    display: block;
    width: 100%;
    max-width: 100%;
    min-height: 2.75em;
    margin-top: 0.25em;
    padding: 0.45em 0.6em;
    border: 2px solid var(--pomoc-border, #6b6b6b);
    border-radius: var(--pomoc-radius, 6px);
    background: var(--pomoc-surface, #fff);
  }
  a {
    color: var(--pomoc-link, var(--pomoc-accent, #0b5cad));
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--pomoc-focus, var(--pomoc-accent, #0b5cad));
    outline-offset: 2px;
  }
  .languages {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.4em;
  }
  .language {
    min-height: 2.25em;
    padding: 0.2em 0.6em;
    border: 1px solid var(--pomoc-accent, #0b5cad);
    border-radius: var(--pomoc-radius, 6px);
    background: var(--pomoc-surface, #fff);
    cursor: pointer;
  }
  .language[aria-pressed='true'] {
    background: var(--pomoc-accent, #0b5cad);
    color: var(--pomoc-accent-text, #fff);
  }
  .fallback {
    font-style: italic;
    color: var(--pomoc-muted, #4a4a4a);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.75em;
    padding: 0.4em 0.9em;
    border: 2px solid var(--pomoc-accent, #0b5cad);
    border-radius: var(--pomoc-radius, 6px);
    background: var(--pomoc-surface, #fff);
    color: var(--pomoc-accent, #0b5cad);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button.primary {
    background: var(--pomoc-accent, #0b5cad);
    color: var(--pomoc-accent-text, #fff);
  }
  .notice {
    padding: 0.6em 0.8em;
    border-inline-start: 4px solid var(--pomoc-warning, #b35c00);
    background: var(--pomoc-warning-background, #fff4e5);
  }
  .error {
    border-inline-start-color: var(--pomoc-danger, #b00020);
    background: var(--pomoc-danger-background, #fdecee);
  }
  /* An e-mail or web address is one long word: it breaks rather than widen a card past a phone's
     320 px. */
  .contacts a {
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .button,
    .notice {
      border-color: ButtonText;
    }
    /* Kept as set: adjusted, the browser paints a backplate behind the text in the text's colour. */
    .language[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
