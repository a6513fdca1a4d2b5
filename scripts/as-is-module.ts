// The text of src/catalogue/as-is.generated.ts, formatted as the repository's other files.
import { format, resolveConfig } from 'prettier';
import { crisisLineSchema, locationSchema, organizationSchema, serviceSchema } from '../src/catalogue/schema.js';
import { asIsSource } from './as-is-codegen.js';

export const AS_IS_FILE = new URL('../src/catalogue/as-is.generated.ts', import.meta.url);

export async function asIsModuleText(): Promise<string> {
  const source = asIsSource({
    organizationAsIs: { schema: organizationSchema, name: 'organizationSchema' },
    locationAsIs: { schema: locationSchema, name: 'locationSchema' },
    serviceAsIs: { schema: serviceSchema, name: 'serviceSchema' },
    crisisLineAsIs: { schema: crisisLineSchema, name: 'crisisLineSchema' },
  });
  const options = await resolveConfig(AS_IS_FILE.pathname);
  return format(source, { ...options, filepath: AS_IS_FILE.pathname });
}
