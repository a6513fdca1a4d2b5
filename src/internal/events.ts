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

export interface PomocEventMap {
  'pomoc-search': CustomEvent<PomocSearchDetail>;
  'pomoc-select': CustomEvent<PomocSelectDetail>;
}

declare global {
  // Merges Pomoc events into the DOM typings, so addEventListener knows their details.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends PomocEventMap {}
}
