import * as z from 'zod/mini';
import { catalogueSchema } from './schema.js';

export const JSON_SCHEMA_ID = 'https://github.com/pomoc/pomoc/blob/main/data-schema/catalogue.schema.json';

/** The JSON Schema of the catalogue format, generated from the zod schema (the single source). */
export function catalogueJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(catalogueSchema, { io: 'input', unrepresentable: 'any' });
  return { ...schema, $id: JSON_SCHEMA_ID, title: 'Pomoc catalogue, version 1' };
}

export function catalogueJsonSchemaText(): string {
  return `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`;
}
