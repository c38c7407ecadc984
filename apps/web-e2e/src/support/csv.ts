/**
 * The CSV exports as a reader sees them: `# key: value` filter lines on top, then
 * RFC 4180 rows (quoted fields may hold commas, quotes and line breaks).
 */
export interface ParsedCsv {
  filters: string[];
  header: string[];
  rows: string[][];
}

export function parseCsv(text: string): ParsedCsv {
  const body = text.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  const filters: string[] = [];
  while (records.length > 0 && (records[0]?.[0] ?? '').startsWith('#')) {
    filters.push((records.shift() ?? []).join(','));
  }
  const [header = [], ...rows] = records;
  return { filters, header, rows };
}
