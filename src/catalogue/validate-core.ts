/**
 * Validation of a parsed catalogue, all but zod: each record through the generated fast path
 * (as-is.generated.ts), repairs of contact values with one reading, then what is checked across
 * records (duplicate ids, references, hidden addresses, coordinates, validity dates, the question
 * trees of situations) and the merge of the national crisis lines. A record the fast path does not
 * take as it is goes to a full validator, given by the caller:
 *
 * - validate.ts gives zod and the whole schema: `validateCatalogue`, synchronous, for the CLI, the
 *   tools and the catalogue API;
 * - the browser's loader (ingest.ts) first gives none (`validateAsIs`): a valid catalogue, most of
 *   them, then loads without zod and the schema, which it fetches only when a record or the
 *   catalogue's metadata is not taken as it is, to validate the whole file again the full way.
 */
import {
  catalogueMetaAsIs,
  crisisLineAsIs,
  locationAsIs,
  organizationAsIs,
  serviceAsIs,
  situationAsIs,
  synonymAsIs,
} from './as-is.generated.js';
import { serviceType as serviceTypeEntry } from './codelists.js';
import { SCHEMA_VERSIONS } from './constants.js';
import { CatalogueError } from './errors.js';
import { pragueTime } from './hours.js';
import { matchesOutcome } from './match.js';
import type { IssueEffect, MessageCode } from './messages.js';
import { withNationalCrisisLines } from './national-crisis-lines.js';
import { repairRecord } from './repair.js';
import type {
  CatalogueMeta,
  CatalogueSynonym,
  CrisisLine,
  Location,
  Organization,
  Service,
  Situation,
} from './schema.js';
import { textIn } from './text.js';
import { atOnce, type Steps } from './yield.js';

export type Severity = 'error' | 'warning';

export interface CatalogueIssue {
  severity: Severity;
  /** Where in the file, e.g. `services[3].phones[0].number`. */
  path: string;
  /** The id of the record concerned, when it has one. */
  recordId?: string;
  code: MessageCode;
  params?: Record<string, string | number>;
  /** What the loader did about it. */
  effect: IssueEffect;
}

/** Catalogue metadata as loaded; `updated` is absent when the file's metadata was invalid. */
export type LoadedMeta = Omit<CatalogueMeta, 'updated'> & { updated?: string };

export interface Catalogue {
  meta: LoadedMeta;
  organizations: Organization[];
  locations: Location[];
  services: Service[];
  situations: Situation[];
  /** The national crisis lines (national-crisis-lines.ts) with the catalogue's own: what residents see. */
  crisisLines: CrisisLine[];
  /** The catalogue's own crisis lines, as in its file: what a tool that writes the file keeps. */
  ownCrisisLines: CrisisLine[];
  /** The catalogue's own search words, added to the library's table (synonyms.ts). */
  synonyms?: CatalogueSynonym[];
  organizationById: ReadonlyMap<string, Organization>;
  locationById: ReadonlyMap<string, Location>;
  serviceById: ReadonlyMap<string, Service>;
  issues: CatalogueIssue[];
}

// Records validated between two yields: well under a millisecond's work on the fast path once the
// code is warm; in a page's first run, cold, 256 records (the sample's all) took tens of ms in one step.
const STEP = 32;

// Czechia with a margin; coordinates outside are most often swapped latitude and longitude.
const CZ_BOUNDS = { south: 48.4, north: 51.2, west: 11.9, east: 19.0 };

/** What validates a record, or the catalogue's metadata, that the fast path does not take as it is. */
export interface FullValidator {
  /** The metadata as loaded (what can be kept of it), its faults reported. */
  meta(value: unknown, issues: CatalogueIssue[]): LoadedMeta;
  /**
   * The record of `key` at `index` as loaded (possibly without faulty optional values), or undefined
   * when it is dropped; its faults reported.
   */
  record(key: string, item: unknown, index: number, issues: CatalogueIssue[]): unknown;
}

export interface ValidateOptions {
  /** The day that decides whether a service has ended (`validTo`), YYYY-MM-DD; today in Czechia by default. */
  today?: string;
  /** Keep ended services in `services` (still reported): for tools that write a file, not for display. */
  keepEnded?: boolean;
}

/** Today in Czech time, YYYY-MM-DD. */
export function todayInCzechia(now = new Date()): string {
  const { year, month, day } = pragueTime(now);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The catalogue, validated with `full` for what the fast path does not take as it is. */
export function validateWith(input: unknown, full: FullValidator, options: ValidateOptions = {}): Catalogue {
  return atOnce(validateSteps(input, full, options));
}

/** `validateWith` in steps of a few hundred records (see yield.ts). */
export function* validateSteps(input: unknown, full: FullValidator, options: ValidateOptions = {}): Steps<Catalogue> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new CatalogueError('not-catalogue', 'The file is not a catalogue: its top level is not a JSON object.');
  }
  const data = input as Record<string, unknown>;
  if (!(SCHEMA_VERSIONS as readonly unknown[]).includes(data.schemaVersion)) {
    throw new CatalogueError(
      'schema-version',
      data.schemaVersion === undefined
        ? 'The file is not a Pomoc catalogue: it has no schemaVersion.'
        : `Unsupported catalogue format version ${JSON.stringify(data.schemaVersion)}; this version of Pomoc reads versions ${SCHEMA_VERSIONS.join(' and ')}.`,
    );
  }

  const issues: CatalogueIssue[] = [];
  const meta = (catalogueMetaAsIs(data.catalogue) as LoadedMeta | undefined) ?? full.meta(data.catalogue, issues);
  const organizations = yield* validateRecords<Organization>(data, 'organizations', full, issues, true);
  const locations = yield* validateRecords<Location>(data, 'locations', full, issues, false);
  const services = yield* validateRecords<Service>(data, 'services', full, issues, true);
  const situations = yield* validateRecords<Situation>(data, 'situations', full, issues, false);
  const crisisLines = yield* validateRecords<CrisisLine>(data, 'crisisLines', full, issues, false);
  const synonyms = yield* validateRecords<CatalogueSynonym>(data, 'synonyms', full, issues, false);

  const organizationById = uniqueById(organizations, issues);
  const locationById = uniqueById(locations, issues);
  uniqueById(crisisLines, issues);
  const merged = withNationalCrisisLines(crisisLines.list, meta.language);
  uniqueById(situations, issues);
  uniqueById(synonyms, issues);
  const serviceById = uniqueById(services, issues);

  for (let i = 0; i < locations.list.length; i++) {
    const location = locations.list[i];
    const kept = checkLocation(location, pathOf(locations, i), issues);
    if (kept !== location) locationById.set(kept.id, (locations.list[i] = kept));
    if (i % STEP === STEP - 1) yield;
  }

  const validServices: Service[] = [];
  const today = options.today ?? todayInCzechia();
  for (let i = 0; i < services.list.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const record = services.list[i];
    const service = checkService(record, i, services, organizationById, locationById, issues);
    if (!service) serviceById.delete(record.id);
    else if (service.validTo !== undefined && service.validTo < today) {
      // Ended: kept in the file (its publisher may extend it) but shown nowhere.
      issues.push({
        severity: 'warning',
        path: `${pathOf(services, i)}.validTo`,
        recordId: service.id,
        code: 'service-ended',
        params: { date: service.validTo },
        effect: 'not-shown',
      });
      if (options.keepEnded) validServices.push(service);
      else serviceById.delete(record.id);
    } else {
      if (service !== record) serviceById.set(service.id, service);
      validServices.push(service);
    }
  }

  const validSituations = situations.list.filter((situation, i) =>
    checkSituation(situation, pathOf(situations, i), merged.byId, validServices, meta.language, issues),
  );

  return {
    meta,
    organizations: organizations.list,
    locations: locations.list,
    services: validServices,
    situations: validSituations,
    crisisLines: merged.lines,
    ownCrisisLines: crisisLines.list,
    synonyms: synonyms.list,
    organizationById,
    locationById,
    serviceById,
    issues,
  };
}

/** The valid records of a collection, and where each was in the file. */
interface Records<T> {
  key: string;
  list: T[];
  /** For each record, its index in the file's list. */
  at: number[];
}

// A path is made only when there is something to report: a large catalogue has tens of thousands.
const pathOf = (records: Records<unknown>, i: number) => `${records.key}[${records.at[i]}]`;

/** Thrown by the fast path alone at the first value it does not take as it is. */
class NotAsIs extends Error {}

const fastOnly: FullValidator = {
  meta() {
    throw new NotAsIs();
  },
  record() {
    throw new NotAsIs();
  },
};

/**
 * The catalogue validated by the fast path alone, or undefined as soon as a record or the metadata
 * is not taken as it is (then only the full validation knows what to keep and what to say).
 * Nothing of `input` is changed either way. Errors of the file as a whole (not a catalogue, an
 * unknown format version) are thrown as by `validateCatalogue`.
 */
export function validateAsIs(input: unknown, options: ValidateOptions = {}): Catalogue | undefined {
  return atOnce(validateAsIsSteps(input, options));
}

/** `validateAsIs` in steps (see yield.ts). */
export function* validateAsIsSteps(input: unknown, options: ValidateOptions = {}): Steps<Catalogue | undefined> {
  try {
    return yield* validateSteps(input, fastOnly, options);
  } catch (error) {
    if (error instanceof NotAsIs) return undefined;
    throw error;
  }
}

// The fast path: a record that passes its schema as it is, kept without zod copying it (see
// scripts/as-is-codegen.ts). checkSituation sets an outcome's crisis lines anew: a situation and its
// outcomes are copied (not what they hold), so that the caller's data stay as they were. A deep copy
// (structuredClone) was a fifth of the sample's validation, in a CPU profile of the README page.
const AS_IS: Record<string, ((value: unknown) => unknown) | undefined> = {
  organizations: organizationAsIs,
  locations: locationAsIs,
  services: serviceAsIs,
  situations: (value) => {
    const situation = situationAsIs(value) as Situation | undefined;
    return situation && { ...situation, outcomes: situation.outcomes.map((outcome) => ({ ...outcome })) };
  },
  crisisLines: crisisLineAsIs,
  synonyms: synonymAsIs,
};

function* validateRecords<T extends { id: string }>(
  data: Record<string, unknown>,
  key: string,
  full: FullValidator,
  issues: CatalogueIssue[],
  required: boolean,
): Steps<Records<T>> {
  const valid: Records<T> = { key, list: [], at: [] };
  const value = data[key];
  if (value === undefined && !required) return valid;
  if (!Array.isArray(value)) {
    issues.push({ severity: 'error', path: key, code: value === undefined ? 'required' : 'not-array', effect: 'none' });
    return valid;
  }
  const { list, at } = valid;
  const clean = AS_IS[key] as (value: unknown) => T | undefined;
  for (let index = 0; index < value.length; index++) {
    if (index % STEP === STEP - 1) yield;
    let item: unknown = value[index];
    const record = clean(item);
    if (record) {
      list.push(record);
      at.push(index);
      continue;
    }
    // Contact values with one reading only (a web address without its scheme, two numbers in one
    // field) are repaired and reported; the repaired record tries the fast path again.
    const mended = repairRecord(key, item);
    let repairs: CatalogueIssue[] = [];
    if (mended) {
      const recordId = idOf(item);
      repairs = mended.repairs.map((repair) => ({
        severity: 'warning',
        path: `${key}[${index}].${repair.path}`,
        recordId,
        code: repair.code,
        params: repair.params,
        effect: 'value-repaired',
      }));
      item = mended.record;
      const fast = clean(item);
      if (fast) {
        issues.push(...repairs);
        list.push(fast);
        at.push(index);
        continue;
      }
    }
    // Reported only now, so that the fast path alone reports nothing of a record it gives up on.
    issues.push(...repairs);
    const kept = full.record(key, item, index, issues) as T | undefined;
    if (kept) {
      list.push(kept);
      at.push(index);
    }
  }
  return valid;
}

const idOf = (item: unknown) => {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
};

/** The records by id; a record with an id already taken is reported and left out of `records`. */
function uniqueById<T extends { id: string }>(records: Records<T>, issues: CatalogueIssue[]): Map<string, T> {
  const byId = new Map<string, T>();
  const { list, at } = records;
  let kept = 0;
  for (let i = 0; i < list.length; i++) {
    const record = list[i];
    const taken = byId.get(record.id);
    if (taken === undefined) byId.set(record.id, record);
    else {
      const first = list.indexOf(taken);
      issues.push({
        severity: 'error',
        path: `${pathOf(records, i)}.id`,
        recordId: record.id,
        code: 'duplicate-id',
        params: { id: record.id, first: pathOf(records, first) },
        effect: 'record-dropped',
      });
      continue;
    }
    list[kept] = record;
    at[kept++] = at[i];
  }
  list.length = kept;
  at.length = kept;
  return byId;
}

/** The location as loaded: a copy where something had to be left out. */
function checkLocation(location: Location, path: string, issues: CatalogueIssue[]): Location {
  if (location.hidden) {
    const leaks =
      location.address?.street !== undefined ||
      location.address?.postalCode !== undefined ||
      location.ruianCode !== undefined ||
      location.latitude !== undefined ||
      location.longitude !== undefined;
    if (leaks) {
      issues.push({ severity: 'warning', path, recordId: location.id, code: 'hidden-leak', effect: 'value-removed' });
    }
    // Only the town of a hidden address is kept; nothing more reaches a widget.
    const kept = { ...location };
    if (kept.address) kept.address = { city: kept.address.city };
    delete kept.ruianCode;
    delete kept.latitude;
    delete kept.longitude;
    return kept;
  }
  const { latitude, longitude } = location;
  if ((latitude === undefined) !== (longitude === undefined)) {
    issues.push({
      severity: 'error',
      path,
      recordId: location.id,
      code: 'coordinates-incomplete',
      effect: 'value-removed',
    });
    const kept = { ...location };
    delete kept.latitude;
    delete kept.longitude;
    return kept;
  } else if (latitude !== undefined && longitude !== undefined) {
    const inside =
      latitude >= CZ_BOUNDS.south &&
      latitude <= CZ_BOUNDS.north &&
      longitude >= CZ_BOUNDS.west &&
      longitude <= CZ_BOUNDS.east;
    if (!inside) {
      issues.push({
        severity: 'warning',
        path: `${path}.latitude`,
        recordId: location.id,
        code: 'coordinates-outside',
        params: { latitude, longitude },
        effect: 'none',
      });
    }
  }
  return location;
}

/** The service as loaded (a copy where a location had to be left out), or undefined when it is dropped. */
function checkService(
  service: Service,
  i: number,
  services: Records<Service>,
  organizations: Map<string, Organization>,
  locations: Map<string, Location>,
  issues: CatalogueIssue[],
): Service | undefined {
  let valid = true;
  if (!organizations.has(service.organizationId)) {
    issues.push({
      severity: 'error',
      path: `${pathOf(services, i)}.organizationId`,
      recordId: service.id,
      code: 'dangling-ref',
      params: { id: service.organizationId, target: 'organizations' },
      effect: 'record-dropped',
    });
    valid = false;
  }
  const type = serviceTypeEntry(service.serviceType);
  const expected = type?.group === 'related' ? 'related' : 'social';
  if (type && service.kind !== expected) {
    issues.push({
      severity: 'error',
      path: `${pathOf(services, i)}.kind`,
      recordId: service.id,
      code: 'kind-mismatch',
      params: { serviceType: service.serviceType, expected, kind: service.kind },
      effect: 'record-dropped',
    });
    valid = false;
  }
  const locationIds = service.locationIds ?? [];
  let allKnown = true;
  for (const locationId of locationIds) allKnown &&= locations.has(locationId);
  if (!allKnown) {
    const known: string[] = [];
    locationIds.forEach((locationId, index) => {
      if (locations.has(locationId)) known.push(locationId);
      else {
        issues.push({
          severity: 'error',
          path: `${pathOf(services, i)}.locationIds[${index}]`,
          recordId: service.id,
          code: 'dangling-ref',
          params: { id: locationId, target: 'locations' },
          effect: valid ? 'value-removed' : 'none',
        });
      }
    });
    return valid ? { ...service, locationIds: known } : undefined;
  }
  return valid ? service : undefined;
}

function checkSituation(
  situation: Situation,
  path: string,
  crisisLines: Map<string, CrisisLine>,
  services: Service[],
  language: string,
  issues: CatalogueIssue[],
): boolean {
  const before = issues.length;
  const report = (
    severity: Severity,
    where: string,
    code: MessageCode,
    params?: Record<string, string | number>,
    effect: IssueEffect = severity === 'error' ? 'record-dropped' : 'none',
  ) => issues.push({ severity, path: `${path}${where}`, recordId: situation.id, code, params, effect });

  const questionIndex = new Map<string, number>();
  situation.questions.forEach((question, index) => {
    if (questionIndex.has(question.id)) {
      report('error', `.questions[${index}].id`, 'duplicate-id', {
        id: question.id,
        first: `questions[${questionIndex.get(question.id)}]`,
      });
    } else questionIndex.set(question.id, index);
  });
  const outcomeIndex = new Map<string, number>();
  situation.outcomes.forEach((outcome, index) => {
    if (outcomeIndex.has(outcome.id)) {
      report('error', `.outcomes[${index}].id`, 'duplicate-id', {
        id: outcome.id,
        first: `outcomes[${outcomeIndex.get(outcome.id)}]`,
      });
    } else outcomeIndex.set(outcome.id, index);
  });

  if (!questionIndex.has(situation.startQuestionId)) {
    report('error', '.startQuestionId', 'dangling-ref', { id: situation.startQuestionId, target: 'questions' });
  }
  situation.questions.forEach((question, q) => {
    question.answers.forEach((answer, a) => {
      if (answer.questionId !== undefined && !questionIndex.has(answer.questionId)) {
        report('error', `.questions[${q}].answers[${a}].questionId`, 'dangling-ref', {
          id: answer.questionId,
          target: 'questions',
        });
      }
      if (answer.outcomeId !== undefined && !outcomeIndex.has(answer.outcomeId)) {
        report('error', `.questions[${q}].answers[${a}].outcomeId`, 'dangling-ref', {
          id: answer.outcomeId,
          target: 'outcomes',
        });
      }
    });
  });
  if (issues.length > before) return false;

  // Depth-first walk from the first question: a question met again on the current path is a loop.
  const reachedQuestions = new Set<string>();
  const reachedOutcomes = new Set<string>();
  // A loop, not recursion: a tree thousands of questions deep must not overflow the stack.
  const onPath: string[] = [];
  const onPathSet = new Set<string>();
  // For each question on the path: the index of its next answer to follow.
  const nextAnswer: number[] = [];
  let cycle: string[] | undefined;
  const enter = (questionId: string) => {
    if (onPathSet.has(questionId)) {
      cycle = [...onPath.slice(onPath.indexOf(questionId)), questionId];
      return;
    }
    if (reachedQuestions.has(questionId)) return;
    reachedQuestions.add(questionId);
    onPath.push(questionId);
    onPathSet.add(questionId);
    nextAnswer.push(0);
  };
  enter(situation.startQuestionId);
  while (onPath.length && !cycle) {
    const questionId = onPath[onPath.length - 1];
    const answers = situation.questions[questionIndex.get(questionId)!].answers;
    const next = nextAnswer[nextAnswer.length - 1]++;
    if (next >= answers.length) {
      onPath.pop();
      onPathSet.delete(questionId);
      nextAnswer.pop();
      continue;
    }
    const answer = answers[next];
    if (answer.questionId !== undefined) enter(answer.questionId);
    else if (answer.outcomeId !== undefined) reachedOutcomes.add(answer.outcomeId);
  }
  if (cycle) {
    report('error', '.questions', 'cycle', { cycle: cycle.join(' → ') });
    return false;
  }

  situation.questions.forEach((question, index) => {
    if (!reachedQuestions.has(question.id))
      report('warning', `.questions[${index}]`, 'unreachable', { id: question.id });
  });
  situation.outcomes.forEach((outcome, index) => {
    const where = `.outcomes[${index}]`;
    if (!reachedOutcomes.has(outcome.id)) report('warning', where, 'unreachable', { id: outcome.id });
    if (outcome.crisisLineIds) {
      const known = outcome.crisisLineIds.filter((lineId, i) => {
        if (crisisLines.has(lineId)) return true;
        report(
          'error',
          `${where}.crisisLineIds[${i}]`,
          'dangling-ref',
          { id: lineId, target: 'crisisLines' },
          'value-removed',
        );
        return false;
      });
      // A national line the catalogue replaced is referred to by the catalogue's id from here on.
      outcome.crisisLineIds = [...new Set(known.map((lineId) => crisisLines.get(lineId)!.id))];
    }
    const match = outcome.match;
    const asksForServices = match && (match.serviceTypes?.length || match.targetGroups?.length || match.tags?.length);
    if (asksForServices && !services.some((service) => matchesOutcome(service, outcome.match!, language))) {
      report('warning', `${where}.match`, 'no-match');
    }
  });
  return true;
}

/** The service's provider name in `lang`. */
export const providerName = (catalogue: Catalogue, service: Service, lang: string) =>
  textIn(catalogue.organizationById.get(service.organizationId)?.name, lang, catalogue.meta.language);
