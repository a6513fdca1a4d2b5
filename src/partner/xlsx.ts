/**
 * The template as an Excel workbook (exceljs): writing it, and reading a filled-in one back as
 * rows of text, as the CSV reader gives them.
 */
import ExcelJS from 'exceljs';
import '../catalogue/codelist-translations.js';
import '../catalogue/national-crisis-lines.translations.js';
import { AGE_GROUPS, FORMS, SERVICE_TYPES, TARGET_GROUPS, codeLabel } from '../catalogue/codelists.js';
import { TEMPLATE_COLUMNS } from './csv-template.js';

export const SERVICES_SHEET = 'Služby';

/** A cell as the text a person sees: numbers without exponent, dates as YYYY-MM-DD, links as their text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText((value.result ?? '') as ExcelJS.CellValue);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return '';
  return String(value);
}

/** The services sheet (or the first sheet) as rows of text, the header first. */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(SERVICES_SHEET) ?? workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  // Every row up to the last, empty ones included, so that row numbers match the sheet's.
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const cells: string[] = [];
    for (let column = 1; column <= Math.max(row.cellCount, sheet.columnCount); column++) {
      cells.push(cellText(row.getCell(column).value).trim());
    }
    rows.push(cells);
  }
  return rows;
}

/** The template workbook: the services sheet with examples, a help sheet and the code lists. */
export function templateWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  // Fixed dates keep the generated file the same from one run to the next.
  workbook.created = workbook.modified = new Date('2026-01-01T00:00:00Z');
  workbook.creator = 'Pomoc';

  const services = workbook.addWorksheet(SERVICES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  services.columns = TEMPLATE_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: Math.min(45, Math.max(12, column.header.length + 4, ...column.examples.map((text) => text.length * 0.8))),
  }));
  for (let example = 0; example < 3; example++) {
    // Text cells: IČO, postal codes and phone numbers must keep their leading zeros and spaces.
    services.addRow(TEMPLATE_COLUMNS.map((column) => column.examples[example]));
  }
  const header = services.getRow(1);
  header.font = { bold: true };
  TEMPLATE_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.note = `${column.required ? 'Povinné. ' : ''}${column.help.cs}`;
    if (column.required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE699' } };
  });
  services.getColumn('ico').numFmt = '@';
  services.getColumn('postalCode').numFmt = '@';
  services.getColumn('phone').numFmt = '@';

  const help = workbook.addWorksheet('Návod');
  help.columns = [
    { header: 'Sloupec', key: 'header', width: 24 },
    { header: 'Povinný', key: 'required', width: 9 },
    { header: 'Co napsat', key: 'cs', width: 90 },
    { header: 'Column (English)', key: 'en', width: 22 },
    { header: 'What to write', key: 'enHelp', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of TEMPLATE_COLUMNS) {
    help.addRow({
      header: column.header,
      required: column.required ? 'ano' : '',
      cs: column.help.cs,
      en: column.en,
      enHelp: column.help.en,
    });
  }

  const codes = workbook.addWorksheet('Číselníky');
  codes.columns = [
    { header: 'Seznam', key: 'list', width: 18 },
    { header: 'Kód', key: 'code', width: 44 },
    { header: 'Název', key: 'cs', width: 70 },
    { header: 'English', key: 'en', width: 60 },
  ];
  codes.getRow(1).font = { bold: true };
  const lists = [
    ['Druh služby', SERVICE_TYPES],
    ['Forma', FORMS],
    ['Cílová skupina', TARGET_GROUPS],
    ['Věková skupina', AGE_GROUPS],
  ] as const;
  for (const [list, entries] of lists) {
    for (const entry of entries) {
      const paragraph = 'paragraph' in entry ? ` (${entry.paragraph})` : '';
      codes.addRow({ list, code: entry.code, cs: `${entry.cs}${paragraph}`, en: codeLabel(entry, 'en') });
    }
  }
  return workbook;
}
