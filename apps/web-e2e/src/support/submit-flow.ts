import type { Page } from 'playwright-core';

import type { E2e } from './e2e-harness';

/**
 * The paste box. Element Plus hands `data-test` to the inner <textarea> itself, so
 * the contract's `[data-test=paste] textarea` alone finds nothing; both forms match.
 */
export const PASTE = '[data-test=paste] textarea, textarea[data-test=paste]';

export interface Submitted {
  departmentId: number;
  year: number;
}

/**
 * What a new user does on the Submit page: open it from the navigation, paste the
 * document, preview it, ask for its (new) department to be created, submit it, and
 * follow the link to the report. The preview is screenshotted as `<name>-preview`,
 * the report page as `<name>-report`.
 */
export async function submitPastedText(
  e2e: E2e,
  page: Page,
  text: string,
  name: string,
  checkPreview?: (page: Page) => Promise<void>,
): Promise<Submitted> {
  await page.goto('/');
  await page.click('[data-test=nav-submit]');
  await page.waitForURL('**/submit');
  await page.fill(PASTE, text);
  await page.click('[data-test=preview]');
  await page.waitForSelector('[data-test=preview-result] td[data-metric]');
  await checkPreview?.(page);
  await e2e.screenshot(page, `${name}-preview`);
  // The agencies of these documents are not in the demo city yet.
  await page.click('[data-test=create-department]');
  await page.click('[data-test=submit]');
  // The page answers with the result box or with a problem; name the problem.
  await page.waitForSelector(
    '[data-test=result] [data-test=open-report], [data-test=problem]',
  );
  const problem = await page.$('[data-test=problem]');
  if (problem) {
    await e2e.screenshot(page, `${name}-problem`);
    throw new Error(`Submitting failed: ${await problem.textContent()}`);
  }
  await page.click('[data-test=open-report]');
  await page.waitForURL(/\/reports\/\d+\/\d{4}$/);
  await page.waitForSelector('[data-test=findings]');
  await page.waitForSelector('td[data-metric]');
  await e2e.screenshot(page, `${name}-report`);
  const m = /\/reports\/(\d+)\/(\d{4})$/.exec(page.url());
  return { departmentId: Number(m?.[1]), year: Number(m?.[2]) };
}
