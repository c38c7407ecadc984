import type { ReportData } from '../model/report';
import { renderDocxPackage } from './docx-layout';
import { renderHtmlLayout } from './html-layout';
import type { RenderOptions } from './report-document';
import { buildReportDocument } from './report-document';
import {
  renderPipesLayout,
  renderTabbedLayout,
  renderTextLayout,
} from './text-layouts';

/**
 * The report writer: renders a ReportData into the layouts real annual reports are
 * published and pasted in. Base for test fixtures, the parser benchmark, the demo city
 * and the city-wide aggregate document.
 */

export type { RenderOptions } from './report-document';
export { reportTitle } from './report-document';
export { formatCellValue } from './cell-text';

export type TextLayout = 'text' | 'tabbed' | 'pipes' | 'html';
export type ReportLayout = TextLayout | 'docx';

export const REPORT_LAYOUTS: readonly ReportLayout[] = [
  'text',
  'tabbed',
  'pipes',
  'html',
  'docx',
];

export function renderReport(
  data: ReportData,
  layout: TextLayout,
  options?: RenderOptions,
): string {
  const doc = buildReportDocument(data, options);
  switch (layout) {
    case 'text':
      return renderTextLayout(doc);
    case 'tabbed':
      return renderTabbedLayout(doc);
    case 'pipes':
      return renderPipesLayout(doc);
    case 'html':
      return renderHtmlLayout(doc);
  }
}

/** A .docx file (zip bytes) with the same structure as the HTML layout. */
export function renderReportDocx(
  data: ReportData,
  options?: RenderOptions,
): Uint8Array {
  return renderDocxPackage(
    buildReportDocument(data, options),
    options?.publishedOn,
  );
}
