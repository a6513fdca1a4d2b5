import type { SearchFilters } from '../catalogue/search.js';
import type { Service } from '../catalogue/schema.js';

/** Detail of `pomoc-search`: what was searched and how many services were found. */
export interface PomocSearchDetail {
  query: string;
  filters: SearchFilters;
  count: number;
  /** The ids of the matching services, best first. */
  serviceIds: string[];
}

/** Detail of `pomoc-select`: the service a resident opened. */
export interface PomocSelectDetail {
  serviceId: string;
  service: Service;
}

/** Detail of `pomoc-situation`: a resident chose a life situation. */
export interface PomocSituationDetail {
  situationId: string;
  /** A violence-related situation: a host page must not record it anywhere. */
  sensitive: boolean;
}

/** Detail of `pomoc-outcome`: a resident reached the end of a path. */
export interface PomocOutcomeDetail {
  situationId: string;
  outcomeId: string;
  /** The matching services shown, best first. */
  serviceIds: string[];
  /** A violence-related path: a host page must not record it anywhere. */
  sensitive: boolean;
}

export interface PomocEventMap {
  'pomoc-situation': CustomEvent<PomocSituationDetail>;
  'pomoc-outcome': CustomEvent<PomocOutcomeDetail>;
  'pomoc-search': CustomEvent<PomocSearchDetail>;
  'pomoc-select': CustomEvent<PomocSelectDetail>;
}

declare global {
  // Merges Pomoc events into the DOM typings, so addEventListener knows their details.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends PomocEventMap {}
}
