/**
 * The finder's view (query, filters, sort) and how it is written to and read from the URL.
 */
import type { SearchFilters } from '../../catalogue/search.js';
import type { UrlValues } from '../../internal/url-state.js';

export type SortOrder = 'relevance' | 'name' | 'distance';

export type Facet = 'serviceTypes' | 'targetGroups' | 'forms' | 'towns' | 'kinds' | 'areas';

export const FACETS: readonly Facet[] = ['serviceTypes', 'targetGroups', 'forms', 'towns', 'kinds', 'areas'];

export interface FinderView {
  query: string;
  serviceTypes: string[];
  targetGroups: string[];
  forms: string[];
  towns: string[];
  kinds: string[];
  /** Regions and districts: "kraj:<name>", "okres:<name>". */
  areas: string[];
  freeOfCharge: boolean;
  openNow: boolean;
  sort: SortOrder;
  /** The town distances are measured from. */
  from: string;
  /** The service whose detail is open. */
  detail: string;
}

export const emptyView = (): FinderView => ({
  query: '',
  serviceTypes: [],
  targetGroups: [],
  forms: [],
  towns: [],
  kinds: [],
  areas: [],
  freeOfCharge: false,
  openNow: false,
  sort: 'relevance',
  from: '',
  detail: '',
});

// Short parameter names keep shared links readable.
const PARAMS: Record<Facet, string> = {
  serviceTypes: 'type',
  targetGroups: 'group',
  forms: 'form',
  towns: 'town',
  kinds: 'kind',
  areas: 'area',
};

export function viewToUrl(view: FinderView): UrlValues {
  const values: UrlValues = { q: view.query.trim() };
  for (const facet of FACETS) values[PARAMS[facet]] = view[facet];
  if (view.freeOfCharge) values.free = '1';
  if (view.openNow) values.open = '1';
  if (view.sort !== 'relevance') values.sort = view.sort;
  if (view.sort === 'distance' && view.from) values.from = view.from;
  if (view.detail) values.detail = view.detail;
  return values;
}

export function viewFromUrl(values: Map<string, string[]>): FinderView {
  const view = emptyView();
  const one = (name: string) => values.get(name)?.[0] ?? '';
  view.query = one('q');
  for (const facet of FACETS) view[facet] = values.get(PARAMS[facet]) ?? [];
  view.freeOfCharge = one('free') === '1';
  view.openNow = one('open') === '1';
  const sort = one('sort');
  view.sort = sort === 'name' || sort === 'distance' ? sort : 'relevance';
  view.from = one('from');
  view.detail = one('detail');
  return view;
}

/** The search filters of a view, with the widget's fixed filters laid over it. */
export function filtersOf(view: FinderView, fixed: Partial<Record<Facet, string[]>>): SearchFilters {
  const pick = (facet: Facet) => fixed[facet] ?? (view[facet].length ? view[facet] : undefined);
  return {
    serviceTypes: pick('serviceTypes'),
    targetGroups: pick('targetGroups'),
    forms: pick('forms'),
    towns: pick('towns'),
    kinds: pick('kinds') as SearchFilters['kinds'],
    areas: pick('areas'),
    freeOfCharge: view.freeOfCharge || undefined,
    openNow: view.openNow || undefined,
  };
}

/** "seniori pecujici-osoby" → ["seniori", "pecujici-osoby"]; towns are separated by commas. */
export const splitList = (value: string, separator: RegExp = /[\s,]+/) =>
  value
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
