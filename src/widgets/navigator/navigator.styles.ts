import { css } from 'lit';

export const navigatorStyles = css`
  .navigator {
    display: grid;
    gap: 1em;
  }
  .navigator > *,
  .provider {
    min-width: 0;
  }
  h3 {
    font-size: 1.3em;
    line-height: 1.3;
  }
  h4 {
    font-size: 1.1em;
    margin: 1em 0 0.4em;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid var(--pomoc-focus, var(--pomoc-accent, #0b5cad));
  }
  .intro,
  .help,
  .muted,
  .situation-title,
  .step,
  .trail-question {
    color: var(--pomoc-muted, #4a4a4a);
  }
  .step {
    display: block;
    font-size: 0.8em;
    font-weight: 600;
  }
  .situations,
  .answers,
  .provider-list,
  .lines {
    display: grid;
    gap: 0.6em;
    padding: 0;
    list-style: none;
  }
  .situations {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
  }
  .choice {
    display: grid;
    gap: 0.25em;
    width: 100%;
    min-height: 3.25em;
    padding: 0.8em 1em;
    border: 2px solid var(--pomoc-accent, #0b5cad);
    border-radius: var(--pomoc-radius, 6px);
    background: var(--pomoc-surface, #fff);
    text-align: start;
    cursor: pointer;
  }
  .choice:hover {
    background: var(--pomoc-chip-background, #e8f0fa);
  }
  .choice-title,
  .answer {
    font-size: 1.1em;
    font-weight: 600;
    color: var(--pomoc-accent, #0b5cad);
  }
  .choice-summary {
    color: var(--pomoc-text, #1b1b1b);
  }
  .trail ol {
    display: grid;
    gap: 0.3em;
    padding-inline-start: 1.2em;
  }
  .trail-heading {
    font-size: 1em;
  }
  .trail li > * {
    margin-inline-end: 0.4em;
  }
  .link {
    min-height: 2em;
    padding: 0.1em 0.2em;
    border: 0;
    background: none;
    color: var(--pomoc-link, var(--pomoc-accent, #0b5cad));
    text-decoration: underline;
    cursor: pointer;
  }
  .navigation {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
  }
  .outcome {
    display: grid;
    gap: 0.4em;
  }
  .steps {
    display: grid;
    gap: 0.7em;
    padding-inline-start: 1.4em;
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(5em, max-content) 1fr;
    gap: 0.5em;
  }
  dt {
    font-weight: 600;
  }
  .documents,
  .types {
    padding-inline-start: 1.2em;
  }
  .provider {
    display: grid;
    gap: 0.15em;
    padding: 0.7em 0.8em;
    border: 1px solid var(--pomoc-border, #6b6b6b);
    border-radius: var(--pomoc-radius, 6px);
    background: var(--pomoc-surface, #fff);
  }
  .place {
    display: block;
  }
  .closed {
    color: var(--pomoc-danger, #b00020);
    font-weight: 600;
  }
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1em;
  }
  .crisis {
    padding: 0.6em 0.8em;
    border: 2px solid var(--pomoc-danger, #b00020);
    border-radius: var(--pomoc-radius, 6px);
    background: var(--pomoc-surface, #fff);
  }
  .crisis.urgent {
    background: var(--pomoc-danger-background, #fdecee);
  }
  details.crisis {
    padding-block: 0.2em;
  }
  .crisis summary {
    /* A target at least 2.5em high, with its text in the middle. */
    padding-block: 0.5em;
    font-weight: 600;
    cursor: pointer;
  }
  .lines {
    margin-top: 0.5em;
  }
  .lines li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.8em;
    align-items: baseline;
  }
  .phone {
    font-size: 1.2em;
    font-weight: 700;
  }
  /* Whatever gets focus scrolls into view below the sticky quick-exit bar, not under it. */
  .navigator:has(.quick-exit-bar) :is(a, button, input, summary, [tabindex]) {
    scroll-margin-top: 5em;
  }
  .quick-exit-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    justify-content: flex-end;
    padding: 0.4em 0;
    background: var(--pomoc-background, #fff);
  }
  .quick-exit {
    border-color: var(--pomoc-danger, #b00020);
    background: var(--pomoc-danger, #b00020);
    color: #fff;
  }
  .facts > div {
    min-width: 0;
  }
  @media (max-width: 30rem) {
    .facts > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  @media (forced-colors: active) {
    .choice,
    .provider,
    .crisis,
    .quick-exit {
      border-color: ButtonText;
    }
  }
  @media print {
    .quick-exit-bar,
    .navigation,
    .trail button,
    label,
    .notice {
      display: none !important;
    }
    .provider {
      break-inside: avoid;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;
