// Writes what is derived from the zod schema: `npm run schema`.
// - data-schema/catalogue.schema.json, the JSON Schema for partners and editors;
// - src/catalogue/as-is.generated.ts, the fast path of validation (see scripts/as-is-codegen.ts).
import { writeFileSync } from 'node:fs';
import { catalogueJsonSchemaText } from '../src/catalogue/json-schema.js';
import { asIsModuleText } from './as-is-module.js';

const schemaFile = new URL('../data-schema/catalogue.schema.json', import.meta.url);
writeFileSync(schemaFile, catalogueJsonSchemaText());
console.log(`Wrote ${schemaFile.pathname}`);

const validatorFile = new URL('../src/catalogue/as-is.generated.ts', import.meta.url);
writeFileSync(validatorFile, await asIsModuleText());
console.log(`Wrote ${validatorFile.pathname}`);
