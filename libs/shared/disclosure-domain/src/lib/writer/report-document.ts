import type { ReportData, SectionKey } from '../model/report';
import { SECTION_NAMES } from '../model/sections';
import { defaultNarrative } from './default-narrative';
import type { TableTemplate } from './table-templates';
import { tablesOf } from './table-templates';

/**
 * The layout-independent content of a report: an ordered list of blocks. Every layout
 * serialises the same list, so text, HTML and DOCX can never disagree on content.
 */

export interface RenderOptions {
  /** Replaces the standard title `${year}年${agency}政府信息公开工作年度报告`. */
  title?: string;
  /** Prose of sections 一, 五, 六; a `\n` starts a new paragraph. Defaults are generated. */
  narrative?: { overview?: string; problems?: string; other?: string };
  /** yyyy-mm-dd; printed as `发布日期：…` under the title. */
  publishedOn?: string;
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'meta'; text: string }
  | { kind: 'heading'; section: SectionKey; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: TableTemplate };

export interface ReportDocument {
  title: string;
  blocks: Block[];
  values: ReportData['values'];
}

export function reportTitle(data: ReportData): string {
  return `${data.year === null ? '' : `${data.year}年`}${data.agency ?? ''}政府信息公开工作年度报告`;
}

/** Caller prose: one paragraph per non-empty line. */
function paragraphs(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') out.push(trimmed);
  }
  return out;
}

export function buildReportDocument(
  data: ReportData,
  options: RenderOptions = {},
): ReportDocument {
  const title = options.title ?? reportTitle(data);
  const tables = tablesOf(data.generation);
  const defaults = defaultNarrative(data);
  const narrative = options.narrative ?? {};
  const prose: Partial<Record<SectionKey, string[]>> = {
    overview:
      narrative.overview === undefined
        ? defaults.overview
        : paragraphs(narrative.overview),
    problems:
      narrative.problems === undefined
        ? defaults.problems
        : paragraphs(narrative.problems),
    other:
      narrative.other === undefined
        ? defaults.other
        : paragraphs(narrative.other),
  };
  const tableOf: Partial<Record<SectionKey, TableTemplate>> = {
    proactive: tables.proactive,
    applications: tables.applications,
    reviewLitigation: tables.reviewLitigation,
  };

  const blocks: Block[] = [{ kind: 'title', text: title }];
  if (options.publishedOn) {
    blocks.push({ kind: 'meta', text: `发布日期：${options.publishedOn}` });
  }
  blocks.push({ kind: 'paragraph', text: defaults.preamble });
  for (const section of SECTION_NAMES) {
    blocks.push({ kind: 'heading', section: section.key, text: section.zh });
    for (const text of prose[section.key] ?? []) {
      blocks.push({ kind: 'paragraph', text });
    }
    const table = tableOf[section.key];
    if (table) blocks.push({ kind: 'table', table });
  }
  return { title, blocks, values: data.values };
}
