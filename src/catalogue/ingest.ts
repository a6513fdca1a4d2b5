/**
 * From a catalogue file's text to a validated catalogue: JSON parsing with a readable error (line,
 * column, or "a web page instead"), then record-by-record validation. Loaded by the loader with the
 * first catalogue, not with the page.
 */
import { CatalogueError } from './errors.js';
import { describeJsonError } from './parse.js';
import { validateCatalogue, type Catalogue } from './validate.js';

export { searchIndex } from './search.js';

export { validateCatalogue };

/** A catalogue file's text read and validated in one go (the last good copy, the CLI's way). */
export function readCatalogue(url: string, text: string): Catalogue {
  return validateCatalogue(parseCatalogue(url, text));
}

/**
 * The JSON of a catalogue file, or a readable error. Apart from validation so that the loader can
 * give the page its main thread back between the two (see yield.ts).
 */
export function parseCatalogue(url: string, text: string): unknown {
  try {
    return JSON.parse(text);
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
