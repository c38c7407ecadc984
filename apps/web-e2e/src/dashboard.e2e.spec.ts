import { readFileSync } from 'node:fs';

import { parseReport } from '@gongkai/disclosure-domain';
import type { Page } from 'playwright-core';

import { parseCsv } from './support/csv';
import type { E2e } from './support/e2e-harness';
import { SCREENSHOT_DIR, startE2e } from './support/e2e-harness';
import { readCells, shownNumber, shownValue } from './support/report-page';

const METRIC = 'applications.received.total';
/** The Overview must be usable within this time on a warm server (see the test). */
const OVERVIEW_BUDGET_MS = 1500;

interface BoardCounts {
  accepted: number;
  submitted: number;
  submittedWithErrors: number;
  returned: number;
  pending: number;
  missing: number;
  notExpected: number;
}

interface SeriesLine {
  department: { id: number; name: string };
  points: { year: number; value: number | null; status: string }[];
}

/** The number a count element shows, or a failure naming the element. */
async function countShown(page: Page, selector: string): Promise<number> {
  const text = (await page.textContent(selector)) ?? '';
  const n = shownNumber(text.replace(/\D+/g, ' ').trim().split(' ').at(-1));
  if (n === null) throw new Error(`${selector} shows no number: "${text}"`);
  return n;
}

describe('The dashboard in the browser (demo city 示例市)', () => {
  let e2e: E2e;

  beforeAll(async () => {
    e2e = await startE2e();
  }, 120_000);

  afterAll(async () => {
    await e2e?.close();
    console.log(`Screenshots: ${SCREENSHOT_DIR}`);
  });

  it('counts the compliance board as the API does and opens a report from it', async () => {
    const api = await e2e.gql<{
      complianceBoard: { counts: BoardCounts; late: number; rows: unknown[] };
    }>(
      '{ complianceBoard(year: 2025, includeNotExpected: true, limit: 2000) { counts { accepted submitted submittedWithErrors returned pending missing notExpected } late rows { status } } }',
    );
    const { counts } = api.complianceBoard;
    // The demo city is a mix; a board of zeros would prove nothing.
    expect(counts.missing + counts.pending).toBeGreaterThan(0);
    expect(
      counts.accepted + counts.submitted + counts.submittedWithErrors,
    ).toBeGreaterThan(0);

    const page = await e2e.newPage();
    await page.goto('/');
    await page.click('[data-test=nav-compliance]');
    await page.waitForURL('**/compliance');
    await page.waitForSelector('[data-test=board] tbody tr');
    await page.waitForSelector('[data-test=board-counts] li[data-status]');
    await e2e.screenshot(page, 'compliance-board');

    // The latest year is the one in focus by default.
    expect(await page.textContent('[data-test=board] th.focus')).toContain(
      '2025',
    );
    const shown: Record<string, number> = {};
    for (const status of Object.keys(counts)) {
      shown[status] = await countShown(
        page,
        `[data-test=board-counts] li[data-status="${status}"]`,
      );
    }
    shown['late'] = await countShown(
      page,
      '[data-test=board-counts] li[data-status="late"]',
    );
    expect(shown).toEqual({ ...counts, late: api.complianceBoard.late });
    expect(await page.locator('[data-test=board] tbody tr').count()).toBe(
      api.complianceBoard.rows.length,
    );

    // Every department-year with a version links to it, a returned one too.
    expect(counts.returned).toBeGreaterThan(0);
    expect(
      await page
        .locator('[data-test=board] tbody td.focus a.cell-link')
        .count(),
    ).toBe(
      counts.accepted +
        counts.submitted +
        counts.submittedWithErrors +
        counts.returned,
    );

    // A cell with a submission links to that department's report of that year.
    const row = page
      .locator('[data-test=board] tbody tr')
      .filter({ has: page.locator('a.cell-link') })
      .first();
    const link = row.locator('a.cell-link').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/reports\/\d+\/\d{4}$/);
    const department = ((await row.locator('th').textContent()) ?? '').trim();
    expect(department).not.toBe('');
    await link.click();
    await page.waitForURL(`**${href}`);
    await page.waitForSelector('td[data-metric]');
    expect(await page.textContent('h1')).toContain(department);
    await e2e.screenshot(page, 'compliance-board-report');
  });

  it('adds the city tables up as the API does, by kind too, and exports a draft the parser reads back', async () => {
    type Tables = {
      cityTables: {
        reports: { reports: number }[];
        cells: { metric: string; value: number | null; reports: number }[];
      };
    };
    const all = await e2e.gql<Tables>(
      '{ cityTables(year: 2024) { reports { reports } cells { metric value reports } } }',
    );
    const page = await e2e.newPage({ acceptDownloads: true });
    await page.goto('/city-tables?year=2024');
    await page.waitForSelector('[data-test=city-tables] td[data-metric]');
    const shown = await readCells(page, '[data-test=city-tables]');
    // Every cell of the 2021 format, as the API sums it; blank where no report gave one.
    expect(
      all.cityTables.cells.map((c) => [c.metric, shownValue(shown, c.metric)]),
    ).toEqual(all.cityTables.cells.map((c) => [c.metric, c.value]));
    const reports = all.cityTables.reports.reduce((a, r) => a + r.reports, 0);
    expect(await page.textContent('[data-test=city-summary]')).toContain(
      `${reports} 份报告相加`,
    );
    await page.click(`td[data-metric="${METRIC}"] button`);
    const received = all.cityTables.cells.find((c) => c.metric === METRIC);
    expect(
      shownNumber(
        (await page.textContent('[data-test=city-selected-sum]')) ?? '',
      ),
    ).toBe(received?.value);
    await e2e.screenshot(page, 'city-tables');

    // Districts only: the URL keeps the filter, and the sums are the API's for it.
    await page.goto('/city-tables?year=2024&kinds=district');
    const districts = await e2e.gql<Tables>(
      '{ cityTables(year: 2024, kinds: [district]) { reports { reports } cells { metric value reports } } }',
    );
    await page.waitForFunction(
      (n) =>
        document
          .querySelector('[data-test=city-summary]')
          ?.textContent?.includes(`${n} 份报告相加`) ?? false,
      districts.cityTables.reports.reduce((a, r) => a + r.reports, 0),
    );
    const byKind = await readCells(page, '[data-test=city-tables]');
    expect(shownValue(byKind, METRIC)).toBe(
      districts.cityTables.cells.find((c) => c.metric === METRIC)?.value,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-test=city-export-docx]'),
    ]);
    const draft = parseReport(readFileSync(await download.path()));
    expect([draft.year, draft.agency]).toEqual([2024, '示例市人民政府']);
    expect(draft.values[METRIC]?.value).toBe(shownValue(byKind, METRIC));
  });

  it('says which expected departments the city tables leave out, as the board counts them', async () => {
    const boards = await Promise.all(
      [2019, 2020, 2021, 2022, 2023, 2024].map(async (year) => ({
        year,
        ...(
          await e2e.gql<{
            complianceBoard: { counts: { missing: number } };
          }>(
            `{ complianceBoard(year: ${year}, limit: 1) { counts { missing } } }`,
          )
        ).complianceBoard.counts,
      })),
    );
    // The demo city has gaps: a year without one would prove nothing.
    const gap = boards.find((b) => b.missing > 0);
    expect(gap).toBeDefined();
    const page = await e2e.newPage();
    await page.goto(`/city-tables?year=${gap?.year ?? 0}`);
    const coverage = page.locator('[data-test=city-coverage]');
    await coverage.waitFor();
    expect(await coverage.textContent()).toContain(
      `未报送 ${gap?.missing ?? 0} 个`,
    );
    await coverage.locator('a').click();
    await page.waitForURL('**/compliance?**');
    await page.waitForSelector('[data-test=board] tbody tr');
    expect(
      await page.locator('[data-test=board] tbody tr').count(),
    ).toBeGreaterThanOrEqual(gap?.missing ?? 1);
  });

  it('compares two departments in a chart and exports their values as CSV', async () => {
    // Two demo departments with several reported years of the metric.
    const { series } = await e2e.gql<{ series: { lines: SeriesLine[] } }>(
      `{ series(metrics: ["${METRIC}"], from: 2019, to: 2025, limit: 100) { lines { department { id name } points { year value status } } } }`,
    );
    const pair = series.lines
      .filter(
        (l) => l.points.filter((p) => p.status === 'reported').length >= 3,
      )
      .slice(0, 2);
    expect(pair).toHaveLength(2);
    const ids = pair.map((l) => l.department.id);

    const page = await e2e.newPage({ acceptDownloads: true });
    await page.goto(
      `/compare?metric=${METRIC}&departments=${ids.join(',')}&view=line`,
    );
    await page.waitForSelector('[data-test=chart-panel] canvas');
    // After ECharts' 1 s entry animation: the review screenshot shows whole lines.
    await page.waitForTimeout(1200);
    await e2e.screenshot(page, 'compare-chart');

    await page.click('[data-test=chart-panel] [data-test=toggle-table]');
    const table = (await page.textContent('[data-test=chart-table]')) ?? '';
    for (const line of pair) expect(table).toContain(line.department.name);
    await e2e.screenshot(page, 'compare-table');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-test=export-csv]'),
    ]);
    const csv = parseCsv(readFileSync(await download.path(), 'utf8'));
    const filters = csv.filters.join('\n');
    expect(filters).toContain(METRIC);
    const years = csv.header.filter((h) => /^\d{4}$/.test(h)).map(Number);
    expect(years).toContain(2025);
    expect(filters).toContain(String(years[0]));
    expect(filters).toContain(String(years.at(-1)));
    for (const line of pair) {
      const row = csv.rows.find((r) => r.includes(line.department.name));
      expect(row).toBeDefined();
      for (const year of years) {
        const point = line.points.find((p) => p.year === year);
        const cell = row?.[csv.header.indexOf(String(year))];
        const value = point?.status === 'reported' ? point.value : null;
        // Reported values as numbers; anything else is a word, never a number.
        expect({
          department: line.department.name,
          year,
          value: shownNumber(cell),
        }).toEqual({
          department: line.department.name,
          year,
          value,
        });
      }
    }
  });

  it('switches the interface to English and back', async () => {
    const page = await e2e.newPage();
    await page.goto('/compliance');
    await page.waitForSelector('[data-test=nav-overview]');
    expect((await page.textContent('[data-test=nav-overview]'))?.trim()).toBe(
      '总览',
    );

    await page.click('[data-test=locale-switch]');
    await page
      .locator('[data-test=nav-overview]', { hasText: 'Overview' })
      .waitFor();
    expect((await page.textContent('[data-test=nav-overview]'))?.trim()).toBe(
      'Overview',
    );
    expect((await page.textContent('[data-test=nav-compliance]'))?.trim()).toBe(
      'Compliance',
    );
    await e2e.screenshot(page, 'locale-english');

    await page.click('[data-test=locale-switch]');
    await page
      .locator('[data-test=nav-overview]', { hasText: '总览' })
      .waitFor();
    expect((await page.textContent('[data-test=nav-compliance]'))?.trim()).toBe(
      '合规',
    );
  });

  it(`renders the Overview with its headlines and a chart within ${OVERVIEW_BUDGET_MS} ms`, async () => {
    // Warm the server (first GraphQL queries, SQLite pages) as a running install is.
    const warm = await e2e.newPage();
    await warm.goto('/');
    await warm.waitForSelector('[data-test=chart-panel] canvas');

    // Three cold loads, each in a fresh context (empty browser cache, so every chunk
    // is fetched and parsed); the median is the figure, so that one burst of the
    // other test projects sharing the 2 cores does not decide it alone.
    const load = async () => {
      const page = await e2e.newPage({ acceptDownloads: true });
      // The moment both are present, stamped in the page by a MutationObserver with
      // performance.now(): milliseconds since navigation start (the time origin).
      await page.addInitScript(() => {
        const w = window as unknown as { __overviewRendered?: number };
        const ready = (): boolean =>
          document.querySelector('[data-test=chart-panel] canvas') !== null &&
          /\d/.test(
            document.querySelector(
              '[data-test=headline][data-id="applications.received.total"]',
            )?.textContent ?? '',
          );
        new MutationObserver((_, observer) => {
          if (ready()) {
            w.__overviewRendered = performance.now();
            observer.disconnect();
          }
        }).observe(document, {
          childList: true,
          subtree: true,
          characterData: true,
        });
      });
      await page.goto('/');
      const handle = await page.waitForFunction(
        () =>
          (window as unknown as { __overviewRendered?: number })
            .__overviewRendered,
      );
      return { page, ms: Math.round(Number(await handle.jsonValue())) };
    };
    const loads = [await load(), await load(), await load()];
    const times = loads.map((l) => l.ms).sort((a, b) => a - b);
    const ms = times[1] ?? Infinity;
    const page = (loads.find((l) => l.ms === ms) ?? loads[0])?.page;
    if (!page) throw new Error('No Overview page was loaded');
    console.log(
      `Overview rendered in ${ms} ms (median of ${times.join(', ')} ms)`,
    );
    // Screenshot once ECharts' 1 s entry animation is over, for a readable review.
    await page.waitForTimeout(1200);
    await e2e.screenshot(page, 'overview');

    expect(await page.isVisible('[data-test=demo-banner]')).toBe(true);
    // The header names the city served (here the demo city's own name).
    expect(
      (await page.textContent('[data-test=brand-sub]'))?.replace(/\s+/g, ' '),
    ).toContain('示例市 · ');
    const headlines = await page.$$eval('[data-test=headline]', (els) =>
      els.map((e) => ({
        id: e.getAttribute('data-id') ?? '',
        text: e.textContent ?? '',
      })),
    );
    const ids = headlines.map((h) => h.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    // The applications headline is the city total of the latest year.
    const { cityTotals } = await e2e.gql<{
      cityTotals: { year: number; total: number }[];
    }>(
      `{ cityTotals(from: 2025, to: 2025, metrics: ["${METRIC}"]) { year total } }`,
    );
    const received = headlines.find((h) => h.id === METRIC);
    const firstNumber = /[+-]?\d[\d,]*(\.\d+)?/.exec(received?.text ?? '')?.[0];
    expect(shownNumber(firstNumber)).toBe(cityTotals[0]?.total);

    // The first trend's CSV: the years and metrics it shows, then the same total.
    const panel = page.locator('[data-test=chart-panel]').first();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.locator('[data-test=export-table-csv]').click(),
    ]);
    const csv = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(csv.filters.join('\n')).toContain('2019–2025');
    expect(csv.filters.join('\n')).toContain(METRIC);
    expect(csv.header.at(-1)).toBe('2025');
    expect(shownNumber(csv.rows[0]?.at(-1))).toBe(cityTotals[0]?.total);
    expect(ms).toBeLessThanOrEqual(OVERVIEW_BUDGET_MS);
  });

  it.each([
    [
      'a report page',
      'print-report',
      async (e2e: E2e, page: Page) => {
        const { complianceBoard } = await e2e.gql<{
          complianceBoard: {
            rows: { department: { id: number }; submissionId: number | null }[];
          };
        }>(
          '{ complianceBoard(year: 2024) { rows { department { id } submissionId } } }',
        );
        const row = complianceBoard.rows.find((r) => r.submissionId !== null);
        expect(row).toBeDefined();
        await page.goto(`/reports/${row?.department.id}/2024`);
        await page.waitForSelector('td[data-metric]');
      },
    ],
    [
      'the Overview',
      'print-overview',
      async (_e2e: E2e, page: Page) => {
        await page.goto('/');
        await page.waitForSelector('[data-test=headline]');
        await page.waitForSelector('[data-test=chart-panel] canvas');
      },
    ],
  ] as const)(
    'prints %s on A4 without the navigation',
    async (_what, name, open) => {
      const page = await e2e.newPage();
      await open(e2e, page);
      expect(await page.isVisible('.app-nav')).toBe(true);

      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('.app-nav')).toBe(false);
      await e2e.screenshot(page, name);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Page objects of the PDF ("/Type /Page", not "/Type /Pages").
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
    },
  );
});
