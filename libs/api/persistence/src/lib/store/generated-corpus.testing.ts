/**
 * Test support (imported by specs only): a corpus of report documents written by the
 * domain writer, as `tools/bench/ingest.bench.ts` builds it — one per department and
 * year, each naming its department (so that an import creates it), values drawn from
 * `arbitraryReportData`, the layouts in turn.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  renderReport,
  renderReportDocx,
  type ReportData,
  type ReportLayout,
} from '@gongkai/disclosure-domain';
import { arbitraryReportData } from '@gongkai/disclosure-domain/testing';
import fc from 'fast-check';

const LAYOUTS: readonly ReportLayout[] = [
  'text',
  'tabbed',
  'pipes',
  'html',
  'docx',
];

// Names the parser reads as agencies (no digits): a district of two characters × a bureau.
const PLACE =
  '东西南北中上下前后新安平和兴华宁康泰丰昌永长乐清明德文武金石山河湖海林江泉岭川峰';
const BUREAUS = [
  '统计局',
  '教育局',
  '民政局',
  '财政局',
  '公安局',
  '司法局',
  '审计局',
  '商务局',
  '林业局',
  '水务局',
];

export function generatedDepartmentName(i: number): string {
  const place = Math.floor(i / BUREAUS.length);
  const a = PLACE[place % PLACE.length] ?? '';
  const b = PLACE[Math.floor(place / PLACE.length) % PLACE.length] ?? '';
  return `${a}${b}区${BUREAUS[i % BUREAUS.length] ?? ''}`;
}

export interface GeneratedDocument {
  bytes: Buffer;
  fileName: string;
  mediaType: string;
  agency: string;
  year: number;
}

/** `n` documents: `years` years (ending 2025) of ceil(n / years) departments, from `first`. */
export function generateDocuments(
  n: number,
  options: { years?: number; seed?: number; firstDepartment?: number } = {},
): GeneratedDocument[] {
  const years = options.years ?? 5;
  const first = options.firstDepartment ?? 0;
  const values = fc.sample(
    arbitraryReportData({ generation: 'G2', blankRate: 0.1 }),
    { numRuns: 100, seed: options.seed ?? 20240601 },
  );
  const out: GeneratedDocument[] = [];
  for (let k = 0; k < n; k++) {
    const department = first + Math.floor(k / years);
    const year = 2025 - years + 1 + (k % years);
    const agency = generatedDepartmentName(department);
    const data: ReportData = {
      ...(values[k % values.length] as ReportData),
      year,
      agency,
    };
    const layout = LAYOUTS[k % LAYOUTS.length] as ReportLayout;
    const docx = layout === 'docx';
    const ext = docx ? 'docx' : layout === 'html' ? 'html' : 'txt';
    out.push({
      bytes: docx
        ? Buffer.from(renderReportDocx(data))
        : Buffer.from(renderReport(data, layout), 'utf8'),
      fileName: `${String(department).padStart(5, '0')}-${year}.${ext}`,
      mediaType: docx
        ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        : layout === 'html'
          ? 'text/html'
          : 'text/plain',
      agency,
      year,
    });
  }
  return out;
}

/** The documents as files in `dir` (created), by their file names. */
export function writeDocuments(
  dir: string,
  documents: readonly GeneratedDocument[],
): void {
  mkdirSync(dir, { recursive: true });
  for (const d of documents) writeFileSync(join(dir, d.fileName), d.bytes);
}
