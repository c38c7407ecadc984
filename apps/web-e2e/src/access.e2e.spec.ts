import type { Page } from 'playwright-core';

import { renderReport } from '@gongkai/disclosure-domain';

import type { E2e } from './support/e2e-harness';
import { DEMO_PASSWORD, SCREENSHOT_DIR, startE2e } from './support/e2e-harness';
import { distinctiveReport } from './support/report-documents';

interface Department {
  id: number;
  code: string;
  name: string;
}

async function navItems(page: Page): Promise<string[]> {
  await page.waitForSelector('.app-nav');
  return page.$$eval('.app-nav [data-test^=nav-]', (els) =>
    els.map((e) => e.getAttribute('data-test')?.replace('nav-', '') ?? ''),
  );
}

async function logIn(page: Page, username: string): Promise<void> {
  await page.fill(
    '[data-test=username] input, input[data-test=username]',
    username,
  );
  await page.fill(
    '[data-test=password] input, input[data-test=password]',
    DEMO_PASSWORD,
  );
  await page.click('[data-test=login-submit]');
}

describe('Roles in the browser', () => {
  let e2e: E2e;
  let departments: Department[];

  beforeAll(async () => {
    e2e = await startE2e();
    ({ departments } = await e2e.gql<{ departments: Department[] }>(
      '{ departments { id code name } }',
    ));
  }, 120_000);

  afterAll(async () => {
    await e2e?.close();
    console.log(`Screenshots: ${SCREENSHOT_DIR}`);
  });

  const dept = (code: string) => {
    const d = departments.find((x) => x.code === code);
    if (!d) throw new Error(`No department ${code} in the demo city`);
    return d;
  };

  it('sends a stranger to the login page and a viewer back to the page asked for', async () => {
    const page = await e2e.newPage({ as: null });
    await page.goto('/compliance');
    await page.waitForURL(/\/login\?next=(%2F|\/)compliance$/);
    expect(await page.isVisible('[data-test=demo-accounts]')).toBe(true);
    await e2e.screenshot(page, 'login');

    // A wrong password is refused, with a reason.
    await page.fill(
      '[data-test=username] input, input[data-test=username]',
      'demo-viewer',
    );
    await page.fill(
      '[data-test=password] input, input[data-test=password]',
      'not-the-password',
    );
    await page.click('[data-test=login-submit]');
    expect(await page.textContent('[data-test=login-problem]')).toContain(
      '用户名或密码不正确',
    );

    await logIn(page, 'demo-viewer');
    await page.waitForURL('**/compliance');
    await page.waitForSelector('[data-test=board] tbody tr');
    expect(await navItems(page)).toEqual([
      'overview',
      'compliance',
      'cityTables',
      'compare',
    ]);
    // A viewer reads a report but is not offered the review.
    await page.click('[data-test=board] tbody a.cell-link');
    await page.waitForSelector('td[data-metric]');
    expect(await page.$('[data-test=review]')).toBeNull();

    await page.click('[data-test=logout]');
    await page.waitForURL('**/login');
  });

  it('keeps a bureau to its own department', async () => {
    const own = dept('civil-affairs');
    const other = dept('public-security');
    const page = await e2e.newPage({ as: null });
    await page.goto('/login');
    await logIn(page, 'demo-bureau');
    await page.waitForURL('**/submit');
    expect(await navItems(page)).toEqual(['submit']);

    // Office pages lead back to its home.
    await page.goto('/compliance');
    await page.waitForURL('**/submit');

    await page.goto(`/reports/${own.id}/2024`);
    await page.waitForSelector('td[data-metric]');
    await e2e.screenshot(page, 'bureau-own-report');

    await page.goto(`/reports/${other.id}/2024`);
    const refused = await page.waitForSelector('.load-error');
    expect(await refused.textContent()).toContain('只能查看和报送本部门的报告');
    expect(await page.$('td[data-metric]')).toBeNull();
  });

  it('shows a bureau its own reports of every year, with the office’s comment on a returned one', async () => {
    const own = dept('civil-affairs');
    const { reportHistory } = await e2e.gql<{
      reportHistory: { year: number; counted: boolean }[];
    }>(`{ reportHistory(departmentId: ${own.id}) { year counted } }`);
    const years = [...new Set(reportHistory.map((h) => h.year))];
    expect(years.length).toBeGreaterThan(1);
    const year = Math.max(
      ...reportHistory.filter((h) => h.counted).map((h) => h.year),
    );
    // The bureau hands in a new version of a counted year; the office returns it.
    const comment = '表三“办理结果”总计与各项之和不符，请核对后重报。';
    const { submitDocument } = await e2e.gql<{
      submitDocument: { submission: { id: number; year: number } };
    }>(
      'mutation($t: String!) { submitDocument(input: { text: $t, fileName: "民政局.txt", department: "civil-affairs" }) { submission { id year } } }',
      { t: renderReport({ ...distinctiveReport(own.name), year }, 'text') },
    );
    const latest = submitDocument.submission;
    expect(latest.year).toBe(year);
    await e2e.gql(
      'mutation($id: Int!, $c: String!) { returnSubmission(input: { submissionId: $id, comment: $c }) { id } }',
      { id: latest.id, c: comment },
    );

    const page = await e2e.newPage({ as: 'demo-bureau' });
    await page.goto('/submit');
    await page.waitForSelector('[data-test=own-reports] tbody tr');
    const shownYears = await page.$$eval(
      '[data-test=own-reports] tbody tr',
      (rows) => rows.map((r) => Number(r.getAttribute('data-year'))),
    );
    expect(shownYears).toEqual([...years].sort((a, b) => b - a));
    const row = page.locator(`[data-test=own-reports] tr[data-year="${year}"]`);
    expect(await row.getAttribute('data-status')).toBe('returned');
    expect(
      await row.locator('[data-test=return-comment]').textContent(),
    ).toContain(comment);
    // The version before still counts, and the line says which.
    expect(await row.textContent()).toContain('计入的是第');
    await e2e.screenshot(page, 'bureau-own-reports');
  });

  it('lets the office add a user and read it in the audit log', async () => {
    const page = await e2e.newPage();
    await page.goto('/users');
    await page.waitForSelector('[data-test=users] tbody tr');
    await page.fill(
      '[data-test=new-username] input, input[data-test=new-username]',
      'stats-viewer',
    );
    await page.fill(
      '[data-test=new-password] input, input[data-test=new-password]',
      'a-long-password-1',
    );
    await page.click('[data-test=new-role]');
    await page.click('.el-select-dropdown__item:has-text("查看")');
    await page.click('[data-test=add-user]');
    await page.waitForSelector(
      '[data-test=users] tr[data-username=stats-viewer]',
    );
    await e2e.screenshot(page, 'users');

    await page.goto('/audit');
    await page.waitForSelector('[data-test=audit-log] tbody tr');
    const actions = await page.$$eval(
      '[data-test=audit-log] tbody tr',
      (rows) =>
        rows.map(
          (r) => `${r.getAttribute('data-action')} ${r.textContent ?? ''}`,
        ),
    );
    expect(
      actions.some(
        (a) => a.startsWith('user_add') && a.includes('user:stats-viewer'),
      ),
    ).toBe(true);
    expect(
      actions.some(
        (a) => a.startsWith('login_failed') && a.includes('demo-viewer'),
      ),
    ).toBe(true);
    await e2e.screenshot(page, 'audit');
  });
});
