import { buildDemoPlan } from '@gongkai/demo-city';
import type { DemoCityOptions } from '@gongkai/demo-city';

import { analyseDocument } from './analyse-document';
import type { ReportStore } from './report-store';
import type { IncomingSubmission } from './submission-writer';

export const DEMO_META_KEY = 'demo';

export interface DemoLoadResult {
  departments: number;
  submissions: number;
  failed: number;
}

const bytesOf = (d: string | Uint8Array) =>
  typeof d === 'string' ? Buffer.from(d, 'utf8') : d;

/**
 * Loads the demo city 示例市 into an empty database: its departments with their
 * reorganisation, then every submission rendered by the writer, read by the real
 * parser and written by the same path as any submission. Marked as demo data.
 */
export async function loadDemoCity(
  store: ReportStore,
  options: DemoCityOptions = {},
): Promise<DemoLoadResult> {
  const plan = buildDemoPlan(options);
  const { departments, submissions } = plan.city;
  // Parents first: a township names its district.
  const ordered = [...departments].sort(
    (a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null),
  );
  for (const d of ordered) {
    await store.createDepartment({
      code: d.code,
      name: d.name,
      kind: d.kind,
      aliases: d.aliases,
      parentCode: d.parentCode,
      activeFrom: d.activeFrom,
      activeTo: d.activeTo,
    });
  }
  for (const d of departments) {
    if (d.predecessors.length > 0 && d.activeFrom !== null) {
      await store.addSuccession(d.predecessors, d.code, d.activeFrom, 'merge');
    }
  }
  const incoming: IncomingSubmission[] = submissions.map((s) => {
    const content = bytesOf(s.document);
    return {
      analysed: analyseDocument(content, { year: s.year }),
      content,
      fileName: s.fileName,
      mediaType: s.mediaType,
      year: s.year,
      department: s.departmentCode,
      submittedBy: s.submittedBy,
      receivedAt: s.receivedAt,
      review: s.review,
    };
  });
  // Versions in the order they came in, so that the counted one is the last.
  incoming.sort(
    (a, b) => Date.parse(a.receivedAt ?? '') - Date.parse(b.receivedAt ?? ''),
  );
  const outcomes = await store.submit(incoming);
  await store.setMeta(
    DEMO_META_KEY,
    JSON.stringify({ city: plan.city.name, now: plan.now }),
  );
  return {
    departments: departments.length,
    submissions: outcomes.filter((o) => o.kind === 'created').length,
    failed: outcomes.filter((o) => o.kind === 'failed').length,
  };
}
