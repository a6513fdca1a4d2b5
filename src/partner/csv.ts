/**
 * Small CSV files as people save them: from Excel in Czech (semicolons, windows-1250) or from
 * other tools (commas, UTF-8 with or without a BOM).
 */
import { parse } from 'csv-parse/sync';

export function decodeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1250').decode(bytes);
  }
}

/** The delimiter used in the header line: the most frequent of ; , and tab outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((delimiter) => [delimiter, firstLine.split(delimiter).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ';';
}

/** Rows of cells as text; the first row is the header. */
export function parseCsv(bytes: Uint8Array): string[][] {
  const text = decodeBytes(bytes);
  return parse(text, {
    delimiter: detectDelimiter(text),
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
}
