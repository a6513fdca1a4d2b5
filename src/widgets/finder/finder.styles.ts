import { css } from 'lit';

export const finderStyles = css`
  .finder {
    display: grid;
    gap: 0.9rem;
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
    margin-top: 0.25rem;
  }
  details.filters {
    border: 1px solid var(--pomoc-border, #6b6b6b);
    border-radius: var(--pomoc-radius, 6px);
    background: var(--pomoc-surface, #fff);
  }
  summary {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.4rem 0.8rem;
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
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.8rem;
    padding: 0 0.8rem 0.8rem;
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
    gap: 0.5rem;
    min-height: 2.25rem;
    font-weight: 400;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--pomoc-accent, #0b5cad);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }
  .chip {
    min-height: 2.25rem;
    padding: 0.2rem 0.7rem;
    border: 1px solid var(--pomoc-accent, #0b5cad);
    border-radius: 999px;
    background: var(--pomoc-chip-background, #e8f0fa);
    cursor: pointer;
  }
  .link {
    min-height: 2.25rem;
    padding: 0.2rem 0.3rem;
    border: 0;
    background: none;
    color: var(--pomoc-link, var(--pomoc-accent, #0b5cad));
    text-decoration: underline;
    cursor: pointer;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.6rem;
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.6rem;
  }
  .results {
    display: grid;
    gap: 0.8rem;
    padding: 0;
    list-style: none;
  }
  .result {
    /* Cards below the fold are laid out only when scrolled to: typing stays within a frame. */
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem;
  }
  .result article {
    display: grid;
    gap: 0.4rem;
    padding: 0.9rem;
    border: 1px solid var(--pomoc-border, #6b6b6b);
    border-radius: var(--pomoc-radius, 6px);
    background: var(--pomoc-surface, #fff);
  }
  .result.is-highlighted article {
    outline: 3px solid var(--pomoc-accent, #0b5cad);
    outline-offset: 2px;
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
    gap: 0.35rem;
  }
  .badge {
    display: inline-block;
    padding: 0 0.45rem;
    border: 1px solid currentColor;
    border-radius: 4px;
    font-size: 0.9em;
  }
  .badge.closed {
    color: var(--pomoc-danger, #b00020);
  }
  .facts {
    display: grid;
    gap: 0.3rem;
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) 1fr;
    gap: 0.6rem;
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
    gap: 0.3rem 1rem;
  }
  .contacts a {
    display: inline-block;
    min-height: 1.5rem;
  }
  .details-toggle {
    justify-self: start;
  }
  .detail {
    padding-top: 0.4rem;
    border-top: 1px solid var(--pomoc-border, #6b6b6b);
  }
  .week {
    padding-inline-start: 1.1rem;
  }
  .empty ul {
    padding-inline-start: 1.1rem;
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
      padding: 0.4rem 0;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;
