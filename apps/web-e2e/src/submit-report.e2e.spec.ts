import type { Finding } from '@gongkai/disclosure-domain';
import {
  analyseReport,
  renderReport,
  renderReportDocx,
} from '@gongkai/disclosure-domain';
import {
  REAL_CORPUS_DIR,
  readExpected,
  readRealFile,
  realCorpusAvailable,
} from '@gongkai/disclosure-domain/testing';

import type { E2e } from './support/e2e-harness';
import { SCREENSHOT_DIR, startE2e } from './support/e2e-harness';
import {
  readCells,
  shownExpectedMetric,
  shownNumber,
  shownValue,
} from './support/report-page';
import { NEW_AGENCY, distinctiveReport } from './support/report-documents';
import { submitPastedText } from './support/submit-flow';

const REAL_FILE = '2020-guangdong-qingyuan-civil-affairs.txt';
// The real reports stay outside the repository; without them only their test skips,
// said loudly so that a skipped test is never mistaken for a passing one.
const corpus = realCorpusAvailable();
if (!corpus) {
  console.warn(
    `SKIPPED: real-report corpus not found at ${REAL_CORPUS_DIR} (../shared/fixtures/real next to the checkout); the real-report browser test did not run.`,
  );
}
const describeCorpus = corpus ? describe : describe.skip;

describe('Submitting a pasted report in the browser', () => {
  let e2e: E2e;

  beforeAll(async () => {
    e2e = await startE2e();
  }, 120_000);

  afterAll(async () => {
    await e2e?.close();
    console.log(`Screenshots: ${SCREENSHOT_DIR}`);
  });

  it('shows the numbers of a pasted tabbed report on its Report page', async () => {
    const data = distinctiveReport();
    const text = renderReport(data, 'tabbed');
    const page = await e2e.newPage();

    const shown = await submitPastedText(
      e2e,
      page,
      text,
      'submit-tabbed',
      async (p) => {
        const preview = await readCells(p, '[data-test=preview-result]');
        expect(shownNumber(preview['proactive.licensing.decisions'])).toBe(180);
        expect(shownNumber(preview['applications.received.total'])).toBe(37);
      },
    );

    // The link opened the 2020 report of the department the document names.
    // The submission created the agency's department and filed the report under it.
    const { departments } = await e2e.gql<{
      departments: { id: number; name: string }[];
    }>('{ departments { id name } }');
    const created = departments.filter((d) => d.name === NEW_AGENCY);
    expect(created).toHaveLength(1);
    expect(shown).toEqual({ departmentId: created[0]?.id, year: 2020 });
    expect(await page.textContent('h1')).toContain(NEW_AGENCY);

    // Every cell of the document, as written: numbers, blanks, not-applicable marks.
    const cells = await readCells(page);
    const written = Object.entries(data.values);
    expect(written.length).toBeGreaterThan(100);
    expect(
      Object.fromEntries(written.map(([id]) => [id, shownValue(cells, id)])),
    ).toEqual(Object.fromEntries(written));
    // A consistent report: no cell is marked as an error.
    expect(await page.$$('td.sev-error')).toHaveLength(0);

    // Selecting a cell shows its raw text and highlights where it came from.
    await page.click('td[data-metric="proactive.licensing.decisions"] button');
    const selected = page.locator('[data-test=selected-cell]');
    await selected
      .locator('code', { hasText: 'proactive.licensing.decisions' })
      .waitFor();
    expect(await selected.textContent()).toContain('180');
    const hit = page.locator('[data-test=source-view] .hit');
    await hit.first().waitFor();
    expect(await hit.first().textContent()).toContain('180');
    await e2e.screenshot(page, 'submit-tabbed-selected-cell');
  });

  it('pins a planted table 三 inconsistency to its cell', async () => {
    const agency = '清远市财政局';
    const data = distinctiveReport(agency);
    // 40 received, but the applicant columns add up to 37: rule R3 (and R1) fail.
    data.values['applications.received.total'] = 40;
    const text = renderReport(data, 'tabbed');
    const r3 = analyseReport(text).findings.filter((f) => f.code === 'R3');
    expect(r3).toHaveLength(1);
    const finding = r3[0] as Finding;
    const metric = finding.metric ?? '';
    expect(metric).toBe('applications.received.total');

    const page = await e2e.newPage();
    await submitPastedText(e2e, page, text, 'submit-inconsistent');

    const items = page.locator('[data-test=findings] li[data-code="R3"]');
    expect(await items.count()).toBe(r3.length);
    expect(await items.first().textContent()).toContain(finding.message);
    const td = page.locator(`td[data-metric="${metric}"]`);
    expect(await td.getAttribute('class')).toContain(`sev-${finding.severity}`);
    expect(await td.locator('sup.pin').count()).toBe(1);
    expect(shownNumber((await readCells(page))[metric])).toBe(40);
    // Only the cells the findings name are marked; a correct neighbour is not.
    const neighbour = page.locator(
      'td[data-metric="applications.carriedIn.natural"]',
    );
    expect(await neighbour.locator('sup.pin').count()).toBe(0);
  });

  it('shows markup from documents as text and runs none of it', async () => {
    // Each payload sets a flag on window if the page ever runs it.
    const img = '<img src=x onerror="window.__gongkaiRan=1">';
    const bold = '<b>11</b>';
    const pasted = renderReport(distinctiveReport('清远市审计局'), 'pipes')
      .replace(
        '行政许可 | 152 | +28 | 180 |',
        `行政许可 | 152 | +28 | ${img} |`,
      )
      .replace('行政处罚 | 3 | +1 | 11 |', `行政处罚 | 3 | +1 | ${bold} |`);
    expect(pasted).toContain(img);
    expect(pasted).toContain(bold);

    const page = await e2e.newPage();
    await submitPastedText(e2e, page, pasted, 'submit-markup');
    // The unreadable cell: its raw text, its finding, all as text.
    await page.click('td[data-metric="proactive.penalty.decisions"] button');
    const selected = page.locator('[data-test=selected-cell]');
    await selected.locator('li', { hasText: bold }).first().waitFor();
    expect(await selected.locator('dd', { hasText: bold }).count()).toBe(1);
    expect(await selected.locator('b').count()).toBe(0);
    // The source beside the tables shows the line as written.
    const source = page.locator('[data-test=source-view]');
    expect(await source.textContent()).toContain(img);

    // An HTML document: escaped markup in a cell, and live markup around it.
    const html = renderReport(distinctiveReport('清远市审计局'), 'html')
      .replace(
        '<td>行政许可</td><td>152</td><td>+28</td><td>180</td>',
        '<td>行政许可</td><td>152</td><td>+28</td><td>&lt;img src=x onerror="window.__gongkaiRan=2"&gt;</td>',
      )
      .replace(
        '</body>',
        '<script>window.__gongkaiRan=3</script><img src=x onerror="window.__gongkaiRan=4"></body>',
      );
    const { submitDocument } = await e2e.gql<{
      submitDocument: { submission: { department: { id: number } } };
    }>(
      `mutation S($input: DocumentInput!) {
        submitDocument(input: $input) { submission { department { id } } } }`,
      { input: { text: html, fileName: 'markup.html' } },
    );
    // A second version of the same report: the page shows the latest.
    await page.goto(`/reports/${submitDocument.submission.department.id}/2020`);
    await page.waitForSelector('[data-test=source-view] td');
    expect(await source.textContent()).toContain(
      '<img src=x onerror="window.__gongkaiRan=2">',
    );
    expect(await source.locator('img, script').count()).toBe(0);

    // Give an injected image's error event time to fire: nothing ran.
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(
        () => 'gongkaiRan' in window || '__gongkaiRan' in window,
      ),
    ).toBe(false);
    await e2e.screenshot(page, 'submit-markup-html');
  });

  it('shows a DOCX source beside the tables and points at the selected cell', async () => {
    const data = distinctiveReport('清远市统计局');
    const { submitDocument } = await e2e.gql<{
      submitDocument: { submission: { department: { id: number } } };
    }>(
      `mutation S($input: DocumentInput!) {
        submitDocument(input: $input) { submission { department { id } } } }`,
      {
        input: {
          base64: Buffer.from(renderReportDocx(data)).toString('base64'),
          fileName: '统计局2020.docx',
          createDepartment: true,
        },
      },
    );
    const page = await e2e.newPage();
    await page.goto(`/reports/${submitDocument.submission.department.id}/2020`);
    await page.waitForSelector('[data-test=source-view] table td');
    await page.click('td[data-metric="proactive.licensing.decisions"] button');
    const hit = page.locator('[data-test=source-view] td.hit');
    await hit.waitFor();
    expect(await hit.count()).toBe(1);
    expect((await hit.textContent())?.trim()).toBe('180');
    // Drawn with Word's merges: every row of a source table is as wide as the
    // others once spans and the rows that vertical merges cover are counted.
    const widths = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll('[data-test=source-view] table'),
      ).map((t) => {
        const covered: number[] = [];
        return Array.from((t as HTMLTableElement).rows).map((tr, r) => {
          let width = covered[r] ?? 0;
          for (const td of Array.from(tr.cells)) {
            width += td.colSpan;
            for (let k = 1; k < td.rowSpan; k++) {
              covered[r + k] = (covered[r + k] ?? 0) + td.colSpan;
            }
          }
          return width;
        });
      }),
    );
    expect(widths.length).toBeGreaterThanOrEqual(3);
    for (const rows of widths) expect(new Set(rows).size).toBe(1);
    const spans = await page.$$eval('[data-test=source-view] td', (tds) => ({
      wide: tds.filter((td) => (td as HTMLTableCellElement).colSpan > 1).length,
      tall: tds.filter((td) => (td as HTMLTableCellElement).rowSpan > 1).length,
    }));
    expect(spans.wide).toBeGreaterThan(0);
    expect(spans.tall).toBeGreaterThan(0);
    await e2e.screenshot(page, 'report-docx-source');
  });

  describeCorpus('with the real corpus', () => {
    it(`shows the values of the real ${REAL_FILE}`, async () => {
      const text = readRealFile(REAL_FILE).toString('utf8');
      const expected = readExpected().filter((e) => e.file === REAL_FILE);
      expect(expected.length).toBeGreaterThan(10);
      const page = await e2e.newPage();
      await submitPastedText(e2e, page, text, 'submit-real-qingyuan');
      const cells = await readCells(page);
      expect(
        Object.fromEntries(
          expected.map((e) => [e.metric, shownExpectedMetric(cells, e.metric)]),
        ),
      ).toEqual(Object.fromEntries(expected.map((e) => [e.metric, e.value])));
    });
  });
});
