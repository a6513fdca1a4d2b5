// Writes data-schema/catalogue.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { catalogueJsonSchemaText } from '../src/catalogue/json-schema.js';

const target = new URL('../data-schema/catalogue.schema.json', import.meta.url);
writeFileSync(target, catalogueJsonSchemaText());
console.log(`Wrote ${target.pathname}`);
