// The text of src/catalogue/as-is.generated.ts, formatted as the repository's other files.
import { format, resolveConfig } from 'prettier';
import {
  catalogueMetaSchema,
  crisisLineSchema,
  locationSchema,
  organizationSchema,
  serviceSchema,
  situationSchema,
  synonymSchema,
} from '../src/catalogue/schema.js';
import * as codelists from '../src/catalogue/codelists.js';
import * as constants from '../src/catalogue/constants.js';
import * as checks from '../src/catalogue/schema-checks.js';
import { asIsSource } from './as-is-codegen.js';

export const AS_IS_FILE = new URL('../src/catalogue/as-is.generated.ts', import.meta.url);

export async function asIsModuleText(): Promise<string> {
  const source = asIsSource(
    {
      catalogueMetaAsIs: { schema: catalogueMetaSchema, name: 'catalogueMetaSchema' },
      organizationAsIs: { schema: organizationSchema, name: 'organizationSchema' },
      locationAsIs: { schema: locationSchema, name: 'locationSchema' },
      serviceAsIs: { schema: serviceSchema, name: 'serviceSchema' },
      situationAsIs: { schema: situationSchema, name: 'situationSchema' },
      crisisLineAsIs: { schema: crisisLineSchema, name: 'crisisLineSchema' },
      synonymAsIs: { schema: synonymSchema, name: 'synonymSchema' },
    },
    checks,
    './schema-checks.js',
    // The code lists: the widgets load them anyway, so the fast path imports rather than repeats them.
    { './codelists.js': codelists, './constants.js': constants },
  );
  const options = await resolveConfig(AS_IS_FILE.pathname);
  return format(source, { ...options, filepath: AS_IS_FILE.pathname });
}
