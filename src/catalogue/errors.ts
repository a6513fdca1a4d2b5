/** Why a catalogue could not be loaded at all. Each code has a plain message for people. */
export type CatalogueErrorCode =
  'network' | 'timeout' | 'http' | 'cors' | 'not-json' | 'not-catalogue' | 'schema-version';

export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';

  constructor(
    readonly code: CatalogueErrorCode,
    message: string,
    readonly details: { url?: string; status?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
  }
}
