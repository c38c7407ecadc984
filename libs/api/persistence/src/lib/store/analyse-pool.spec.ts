import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import {
  checkIntrinsic,
  renderReport,
  renderReportDocx,
  REPORT_LAYOUTS,
} from '@gongkai/disclosure-domain';
import {
  FIXTURES_DIR,
  readFixture,
  sampleReportData,
} from '@gongkai/disclosure-domain/testing';

import type { AnalysedDocument } from './analyse-document';
import {
  analyseDocument,
  MAX_DOCUMENT_BYTES,
  preparedOf,
} from './analyse-document';
import { AnalysePool } from './analyse-pool';
import { StoreError } from './store-error';
import { storedModel } from './stored-model';
import { packValues } from './value-columns';

/** Every project fixture and the writer's sample reports in every layout, as files hold them. */
function documents(): { name: string; bytes: Buffer }[] {
  const docs: { name: string; bytes: Buffer }[] = [];
  for (const kind of ['valid', 'invalid']) {
    for (const name of readdirSync(join(FIXTURES_DIR, kind)).sort()) {
      docs.push({ name, bytes: readFixture(`${kind}/${name}`) });
    }
  }
  for (const generation of ['G1', 'G2'] as const) {
    const data = sampleReportData(generation);
    for (const layout of REPORT_LAYOUTS) {
      const bytes =
        layout === 'docx'
          ? Buffer.from(renderReportDocx(data))
          : Buffer.from(renderReport(data, layout), 'utf8');
      docs.push({ name: `${generation}.${layout}`, bytes });
    }
  }
  return docs;
}

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('AnalysePool', () => {
  const docs = documents();
  const inline = new AnalysePool({ size: 0 });
  const threaded = new AnalysePool({ size: 1 });
  const two = new AnalysePool({ size: 2 });

  afterAll(async () => {
    await Promise.all([inline.close(), threaded.close(), two.close()]);
  });

  it('defaults to one worker per core and refuses a negative size', () => {
    expect(new AnalysePool().size).toBeGreaterThanOrEqual(1);
    expect(() => new AnalysePool({ size: -1 })).toThrow(RangeError);
  });

  it('reads every document the same on a worker as on the main thread', async () => {
    expect(docs.length).toBeGreaterThan(15);
    for (const { name, bytes } of docs) {
      const a = await inline.analyse(Buffer.from(bytes), { year: 2023 });
      const b = await threaded.analyse(Buffer.from(bytes), { year: 2023 });
      const read = (x: AnalysedDocument) => ({
        name,
        sha256: x.sha256,
        size: x.size,
        report: x.report,
      });
      expect(read(b.analysed)).toEqual(read(a.analysed));
      // Key for key, in the same order, read back from the worker's model.
      expect(JSON.stringify(b.analysed.report)).toBe(
        JSON.stringify(a.analysed.report),
      );
      // What the writer stores and checks comes from the worker, the same.
      expect(b.analysed.prepared).toBeDefined();
      expect(a.analysed.prepared).toBeUndefined();
      expect(preparedOf(b.analysed)).toEqual(preparedOf(a.analysed));
      expect(preparedOf(a.analysed)).toMatchObject({
        model: storedModel(a.analysed.report),
        packed: packValues(a.analysed.report.values),
        checks: checkIntrinsic(a.analysed.report),
      });
      // Prepared once, then kept on the document.
      expect(preparedOf(a.analysed)).toBe(a.analysed.prepared);
      const { prepared: _prepared, ...inlineRead } = a.analysed;
      expect({ name, ...inlineRead }).toEqual({
        name,
        ...analyseDocument(bytes, { year: 2023 }),
      });
      // The bytes come back whole, to be stored.
      expect(Buffer.from(b.content).equals(bytes)).toBe(true);
      expect(Buffer.from(a.content).equals(bytes)).toBe(true);
    }
  });

  it('keeps results in order when many documents are in flight on several workers', async () => {
    const many = Array.from({ length: 60 }, (_, i) => docs[i % docs.length]);
    const results = await Promise.all(
      many.map((d) => two.analyse(Buffer.from(d?.bytes ?? ''))),
    );
    results.forEach((r, i) => {
      const d = many[i];
      expect(r.analysed.sha256).toBe(
        analyseDocument(d?.bytes ?? Buffer.alloc(0)).sha256,
      );
    });
  });

  it('copies a view into a shared buffer instead of taking the buffer away', async () => {
    // Small Buffers share Node's 8 KB pool; transferring it would empty the others.
    const first = docs[0]?.bytes ?? Buffer.alloc(0);
    const whole = Buffer.concat([first, Buffer.from('其他内容', 'utf8')]);
    const a = whole.subarray(0, first.length);
    const b = whole.subarray(first.length);
    const r = await threaded.analyse(a);
    const { sha256, size, report } = analyseDocument(first);
    expect(r.analysed).toMatchObject({ sha256, size });
    expect(r.analysed.report).toEqual(report);
    expect(a.equals(first)).toBe(true);
    expect(b.toString('utf8')).toBe('其他内容');
  });

  it('takes a buffer of its own over to the worker and back without copying', async () => {
    const own = new Uint8Array(docs[0]?.bytes ?? Buffer.alloc(0));
    const r = await threaded.analyse(own);
    // The original view is detached: the bytes moved, and came back in `content`.
    expect(own.byteLength).toBe(0);
    expect(
      Buffer.from(r.content).equals(docs[0]?.bytes ?? Buffer.alloc(0)),
    ).toBe(true);
  });

  it('sends errors back as StoreError with code, both messages and details', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n', 'latin1');
    for (const pool of [inline, threaded]) {
      const e = await rejection(pool.analyse(Buffer.from(pdf)));
      expect(e).toBeInstanceOf(StoreError);
      expect(e).toMatchObject({
        name: 'StoreError',
        code: 'DOCUMENT_UNREADABLE',
        message: expect.stringContaining('PDF'),
        messageEn: expect.stringContaining('PDF'),
        details: { reason: expect.any(String) },
      });
    }
    const [inlineEmpty, workerEmpty] = await Promise.all([
      rejection(inline.analyse(Buffer.alloc(0))),
      rejection(threaded.analyse(Buffer.alloc(0))),
    ]);
    expect(workerEmpty).toBeInstanceOf(StoreError);
    expect({ ...(workerEmpty as StoreError) }).toEqual({
      ...(inlineEmpty as StoreError),
    });
    expect((workerEmpty as StoreError).message).toBe(
      (inlineEmpty as StoreError).message,
    );
    const big = Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x20);
    expect(await rejection(threaded.analyse(big))).toMatchObject({
      code: 'DOCUMENT_TOO_LARGE',
    });
    // The worker is still there for the next document.
    const ok = await threaded.analyse(Buffer.from(docs[0]?.bytes ?? ''));
    expect(ok.analysed.report.findings).toBeDefined();
  });

  it('refuses work once closed', async () => {
    const pool = new AnalysePool({ size: 1 });
    await pool.analyse(Buffer.from(docs[0]?.bytes ?? ''));
    await pool.close();
    await expect(pool.analyse(Buffer.from('x'))).rejects.toThrow(/closed/);
  });
});
