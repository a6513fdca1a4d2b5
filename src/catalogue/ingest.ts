/**
 * From a catalogue file's text to a validated catalogue: JSON parsing with a readable error (line,
 * column, or "a web page instead"), then record-by-record validation. Loaded by the loader with the
 * first catalogue, not with the page. Each step runs in slices of the main thread (yield.ts), so
 * that no task of loading a large catalogue freezes the town's page for more than a few dozen ms.
 *
 * Validation first runs the generated fast path alone (validate-core.ts), without zod and the
 * schema: a valid catalogue loads with neither. zod and the schema (validate.ts, the largest part of
 * the data layer) are fetched only when a record or the metadata is not taken as it is, and then
 * validate the whole file, with the same result and messages as `validateCatalogue`.
 */
import { CatalogueError } from './errors.js';
import { describeJsonError, parseJsonSteps } from './parse.js';
import { validateAsIsSteps, type Catalogue } from './validate-core.js';
import { inSlices } from './yield.js';

export { searchIndex, searchIndexInSteps } from './search.js';

/** The catalogue as `validateCatalogue` gives it, in slices; zod is loaded only when the file needs it. */
export async function validate(json: unknown): Promise<Catalogue> {
  return (
    (await inSlices(validateAsIsSteps(json))) ??
    (await inSlices((await import('./validate.js')).validateCatalogueSteps(json)))
  );
}

/** A catalogue file's text read and validated (the last good copy). */
export async function readCatalogue(url: string, text: string): Promise<Catalogue> {
  return validate(await parseCatalogue(url, text));
}

/**
 * The JSON of a catalogue file, in slices, or a readable error. Apart from validation so that the
 * loader can tell a file that is not JSON from one that is not a catalogue.
 */
export async function parseCatalogue(url: string, text: string): Promise<unknown> {
  try {
    return await inSlices(parseJsonSteps(text));
  } catch (cause) {
    const looksLikeHtml = /^\s*</.test(text);
    throw new CatalogueError(
      'not-json',
      looksLikeHtml
        ? `${url} returned a web page instead of a catalogue (JSON). Check the address.`
        : `${url} is not valid JSON: ${describeJsonError(cause as Error, text)}.`,
      { url, cause },
    );
  }
}

/**
 * The part of a catalogue lost whole: a collection that is not a list, or services of which not
 * one is valid. Undefined for a catalogue that is only partly broken (a record here and there).
 */
export function brokenPart(catalogue: Catalogue): string | undefined {
  for (const issue of catalogue.issues) {
    if (
      issue.severity === 'error' &&
      (issue.path === 'services' || issue.path === 'organizations' || issue.path === 'locations')
    ) {
      return issue.path;
    }
  }
  if (catalogue.services.length === 0 && catalogue.issues.some((issue) => issue.path.startsWith('services['))) {
    return 'services';
  }
  return undefined;
}
