import { css } from 'lit';

export const finderStyles = css`
  .finder {
    display: grid;
    gap: 0.9em;
  }
  input[type='search'] {
    font-size: 1.15em;
  }
  .hint,
  .provider,
  .checked,
  .count,
  .fixed {
    color: var(--pomoc-muted, #4a4a4a);
  }
  .hint {
    font-size: 0.9em;
    margin-top: 0.25em;
  }
  details.filters {
    border: 1px solid var(--pomoc-border, #6b6b6b);
    border-radius: var(--pomoc-radius, 6px);
    background: var(--pomoc-surface, #fff);
  }
  summary {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    padding: 0.4em 0.8em;
    font-weight: 600;
    cursor: pointer;
  }
  summary::before {
    content: '▸';
  }
  details[open] > summary::before {
    content: '▾';
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.8em;
    padding: 0 0.8em 0.8em;
  }
  .filter-grid > *,
  .sort > * {
    /* Long option labels must not widen the layout on a phone. */
    min-width: 0;
  }
  fieldset {
    border: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
  }
  label.check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.25em;
    font-weight: 400;
  }
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--pomoc-accent, #0b5cad);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }
  .chip {
    min-height: 2.25em;
    padding: 0.2em 0.7em;
    border: 1px solid var(--pomoc-accent, #0b5cad);
    border-radius: 999px;
    background: var(--pomoc-chip-background, #e8f0fa);
    cursor: pointer;
  }
  .link {
    min-height: 2.25em;
    padding: 0.2em 0.3em;
    border: 0;
    background: none;
    color: var(--pomoc-link, var(--pomoc-accent, #0b5cad));
    text-decoration: underline;
    text-align: start;
    cursor: pointer;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.6em;
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.6em;
  }
  .results {
    display: grid;
    gap: 0.8em;
    padding: 0;
    list-style: none;
  }
  .result {
    /* Cards below the fold are laid out only when scrolled to: typing stays within a frame. */
    content-visibility: auto;
    contain-intrinsic-size: auto 16em;
  }
  .result article {
    display: grid;
    gap: 0.4em;
    padding: 0.9em;
    border: 1px solid var(--pomoc-border, #6b6b6b);
    border-radius: var(--pomoc-radius, 6px);
    background: var(--pomoc-surface, #fff);
  }
  /* Inside the card: content-visibility clips whatever is drawn outside it. */
  .result.is-highlighted article {
    outline: 3px solid var(--pomoc-accent, #0b5cad);
    outline-offset: -4px;
  }
  .badge.on-map {
    background: var(--pomoc-accent, #0b5cad);
    color: var(--pomoc-accent-text, #fff);
  }
  .result h3 {
    font-size: 1.2em;
    line-height: 1.3;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .badge {
    display: inline-block;
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: 4px;
    font-size: 0.9em;
  }
  .badge.closed {
    color: var(--pomoc-danger, #b00020);
  }
  .facts {
    display: grid;
    gap: 0.3em;
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: 0.6em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    min-width: 0;
  }
  .place,
  .distance {
    display: block;
  }
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1em;
  }
  .contacts a {
    display: inline-block;
    min-height: 1.5em;
  }
  .details-toggle {
    justify-self: start;
  }
  .detail {
    padding-top: 0.4em;
    border-top: 1px solid var(--pomoc-border, #6b6b6b);
  }
  .week {
    padding-inline-start: 1.1em;
  }
  .empty ul {
    padding-inline-start: 1.1em;
  }
  .town-notice {
    margin: 0;
    font-weight: 600;
  }
  .results-group {
    margin: 0.4em 0 0;
    font-size: 1.1em;
  }
  ul.empty {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .relaxations {
    margin: 0.2em 0 0;
    padding-inline-start: 1.1em;
  }
  /* A suggestion that wraps at 320 px starts under its bullet's text, not centred as buttons are,
     and its bullet stays by its first line (an inline-block's baseline is its last line). */
  .relaxations li {
    padding-block: 0.25em;
  }
  .relaxations .link {
    min-height: 0;
    padding: 0;
    vertical-align: top;
  }
  .more {
    justify-self: center;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid var(--pomoc-focus, var(--pomoc-accent, #0b5cad));
  }
  @media (max-width: 30rem) {
    .facts > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  @media (forced-colors: active) {
    .chip,
    .badge,
    .result article,
    details.filters {
      border-color: CanvasText;
    }
  }
  @media print {
    .search,
    details.filters,
    .chips,
    .sort,
    .details-toggle,
    .more,
    .sample {
      display: none !important;
    }
    .result {
      break-inside: avoid;
    }
    .result article {
      border: 0;
      border-bottom: 1px solid #000;
      border-radius: 0;
      padding: 0.4em 0;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;
