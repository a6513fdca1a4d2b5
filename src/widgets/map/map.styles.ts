import { css } from 'lit';

export const mapStyles = css`
  .map-widget {
    display: grid;
    gap: 0.9em;
  }
  .map-widget > *,
  .places .place {
    min-width: 0;
  }
  h3 {
    font-size: 1.2em;
    line-height: 1.3;
  }
  h4 {
    font-size: 1.05em;
  }
  h3:focus,
  #after-map:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid var(--pomoc-focus, var(--pomoc-accent, #0b5cad));
  }
  /* A popup's content may scroll, which would clip a ring drawn outside the heading. */
  .leaflet-popup-content h3:focus-visible {
    outline-offset: -3px;
  }
  .muted {
    color: var(--pomoc-muted, #4a4a4a);
  }
  .search {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.6em 1em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .count {
    flex: 1 1 14em;
    font-weight: 600;
  }
  .modes {
    display: inline-flex;
  }
  .mode:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .mode:last-child {
    margin-inline-start: -2px;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .mode[aria-pressed='true'] {
    background: var(--pomoc-accent, #0b5cad);
    color: var(--pomoc-accent-text, #fff);
  }
  .button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  .link {
    display: inline;
    min-height: 2.25em;
    padding: 0.3em 0;
    border: 0;
    background: none;
    color: var(--pomoc-link, var(--pomoc-accent, #0b5cad));
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link[aria-pressed='true'] {
    text-decoration-thickness: 3px;
  }

  /* The map */
  .map-frame {
    position: relative;
  }
  .leaflet-host {
    height: var(--pomoc-map-height, 28em);
    border: 1px solid var(--pomoc-border, #6b6b6b);
    border-radius: var(--pomoc-radius, 6px);
    background: var(--pomoc-surface, #f2efe9);
    font: inherit;
  }
  @media (max-width: 30rem) {
    .leaflet-host {
      height: min(var(--pomoc-map-height, 28em), 65vh);
    }
  }
  .skip {
    position: absolute;
    z-index: 1001;
    inset-block-start: 0.5em;
    inset-inline-start: 3.5em;
    padding: 0.4em 0.8em;
    border: 2px solid var(--pomoc-accent, #0b5cad);
    border-radius: var(--pomoc-radius, 6px);
    background: var(--pomoc-surface, #fff);
    color: var(--pomoc-accent, #0b5cad);
    font-weight: 600;
    /* Shown only when focused: a keyboard user can jump past the markers. */
    transform: translateY(-200vh);
  }
  .skip:focus {
    transform: none;
  }
  .attribution {
    position: absolute;
    z-index: 1000;
    inset-block-end: 1px;
    inset-inline-end: 1px;
    max-width: calc(100% - 2px);
    padding: 0 0.35em;
    border-start-start-radius: var(--pomoc-radius, 6px);
    background: rgb(255 255 255 / 85%);
    color: #1b1b1b;
    font-size: 0.75em;
  }
  .attribution a {
    color: #0b4f94;
  }
  .marker {
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--pomoc-marker-text, var(--pomoc-accent-text, #fff));
    font-weight: 700;
    line-height: 1;
    cursor: pointer;
  }
  .marker.cluster,
  .marker.place::before {
    border: 2px solid #fff;
    background: var(--pomoc-marker, var(--pomoc-accent, #0b5cad));
    box-shadow: 0 1px 4px rgb(0 0 0 / 45%);
  }
  .marker.place {
    font-size: 0.8em;
  }
  /* A pin pointing down at the place. Leaflet positions the icon with a transform, so the shape is
     drawn by a pseudo-element. */
  .marker.place::before {
    content: '';
    position: absolute;
    inset: 3px;
    z-index: -1;
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg);
  }
  .marker.cluster {
    border-width: 3px;
    border-radius: 50%;
    font-size: 0.85em;
  }
  /* Yellow inside a dark ring: visible on light tiles and dark ones, and unlike the focus ring
     (dark, apart from the marker). */
  .marker.is-highlighted {
    outline: 4px solid var(--pomoc-highlight, #ffbf47);
    outline-offset: 0;
    box-shadow: 0 0 0 8px var(--pomoc-focus, #1b1b1b);
    z-index: 10000 !important;
  }
  .marker:focus-visible {
    outline: 4px solid var(--pomoc-focus, #1b1b1b);
    outline-offset: 2px;
  }
  .area {
    stroke: var(--pomoc-accent, #0b5cad);
    stroke-width: 2;
    stroke-dasharray: 6 4;
    fill: var(--pomoc-accent, #0b5cad);
    fill-opacity: 0.12;
  }
  .position {
    stroke: #fff;
    stroke-width: 3;
    fill: #d4351c;
    fill-opacity: 1;
  }
  .leaflet-tooltip.area-label {
    padding: 0 0.3em;
    border: 1px solid var(--pomoc-accent, #0b5cad);
    box-shadow: none;
    font: inherit;
    font-size: 0.8em;
  }
  .leaflet-container a.leaflet-control-zoom-in,
  .leaflet-container a.leaflet-control-zoom-out {
    width: 2.25em;
    height: 2.25em;
    line-height: 2.25em;
    color: #1b1b1b;
  }

  /* A popup */
  .pomoc-popup .leaflet-popup-content {
    margin: 0.75em 0.9em;
    font: inherit;
    font-size: 1em;
    line-height: 1.45;
  }
  /* Leaflet gives paragraphs in a popup wide margins; the widget spaces them itself. */
  .pomoc-popup .leaflet-popup-content p {
    margin: 0;
  }
  .popup {
    display: grid;
    justify-items: start;
    gap: 0.5em;
    text-align: start;
    color: var(--pomoc-text, #1b1b1b);
  }
  .popup h3 {
    padding-inline-end: 2em;
    font-size: 1.05em;
  }
  .popup-close {
    position: absolute;
    inset-block-start: 0.25em;
    inset-inline-end: 0.25em;
    width: 2.25em;
    height: 2.25em;
    border: 0;
    background: none;
    color: #1b1b1b;
    font-size: 1.5em;
    line-height: 1;
    cursor: pointer;
  }
  .popup-place,
  .popup-services,
  .place-services,
  .unplaced-services,
  .places {
    display: grid;
    gap: 0.6em;
    padding: 0;
    list-style: none;
  }
  .service {
    display: grid;
    gap: 0.1em;
  }
  .service-name {
    font-weight: 700;
  }
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.8em;
  }
  .contacts a {
    display: inline-block;
    min-height: 1.5em;
  }
  .places .place,
  .unplaced-services .service {
    padding: 0.8em;
    border: 1px solid var(--pomoc-border, #6b6b6b);
    border-radius: var(--pomoc-radius, 6px);
    background: var(--pomoc-surface, #fff);
  }
  .places .place {
    display: grid;
    gap: 0.4em;
  }
  .place-services {
    padding-inline-start: 0.8em;
    border-inline-start: 3px solid var(--pomoc-border, #c9c9c9);
  }
  .unplaced {
    display: grid;
    gap: 0.5em;
  }
  .unplaced summary {
    min-height: 2.75em;
    padding: 0.5em 0;
    font-weight: 600;
    cursor: pointer;
  }
  .unplaced > * + * {
    margin-top: 0.5em;
  }
  .detail {
    display: grid;
    gap: 0.5em;
    padding: 1em;
    border: 2px solid var(--pomoc-accent, #0b5cad);
    border-radius: var(--pomoc-radius, 6px);
    background: var(--pomoc-surface, #fff);
  }
  .detail .facts {
    display: grid;
    gap: 0.4em;
  }
  .detail dt {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .marker {
      forced-color-adjust: none;
      color: CanvasText;
    }
    .marker.cluster,
    .marker.place::before {
      border-color: CanvasText;
      background: Canvas;
    }
    .marker.is-highlighted,
    .marker:focus-visible {
      outline-color: Highlight;
    }
    .mode[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    /* Leaflet draws the popup's edge with a shadow, which forced colours remove. */
    .leaflet-popup-content-wrapper {
      border: 2px solid CanvasText;
    }
    .leaflet-popup-tip {
      border: 1px solid CanvasText;
    }
    .marker.is-highlighted {
      box-shadow: 0 0 0 8px CanvasText;
    }
    .area {
      stroke: CanvasText;
      fill: none;
    }
  }
`;
