/**
 * Reads a CSV text as spreadsheets write it: a header row, then records; commas or semicolons (as a French or Dutch
 * spreadsheet saves), whichever the header uses; quoted fields with doubled quotes and line breaks; a byte-order
 * mark, blank lines and the spaces around fields ignored; a quote never closed is a {@link CsvError}. Each record maps the header's names (lower-case) to its
 * fields, with the line it starts on.
 */
export interface CsvRecord {
  line: number;
  fields: Record<string, string>;
}

/** A CSV text that cannot be read: a quote opened on that line is never closed. */
export class CsvError extends Error {
  constructor(readonly line: number) {
    super(`A quote opened on line ${line} is never closed`);
  }
}

export function parseCsv(text: string): { header: string[]; records: CsvRecord[] } {
  // Line breaks as Windows, Unix and old Macs write them.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = body.split('\n', 1)[0] ?? '';
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === separator) {
      cells.push(cell.trim());
      cell = '';
    } else if (c === '\n') {
      cells.push(cell.trim());
      rows.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else {
      cell += c;
    }
  }
  if (quoted) throw new CsvError(start);
  cells.push(cell.trim());
  rows.push({ line: start, cells });
  const filled = rows.filter((row) => row.cells.some((value) => value !== ''));
  const header = (filled.shift()?.cells ?? []).map((name) => name.toLowerCase());
  const records = filled.map((row) => ({
    line: row.line,
    fields: Object.fromEntries(header.map((name, i) => [name, row.cells[i] ?? ''])),
  }));
  return { header, records };
}
