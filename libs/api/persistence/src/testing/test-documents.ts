import { renderReport, renderReportDocx } from '@gongkai/disclosure-domain';
import type {
  ReportData,
  ReportLayout,
  RenderOptions,
} from '@gongkai/disclosure-domain';

import { analyseDocument } from '../lib/store/analyse-document';
import type { IncomingSubmission } from '../lib/store/submission-writer';

export const MEDIA_TYPES: Record<ReportLayout, string> = {
  text: 'text/plain',
  tabbed: 'text/plain',
  pipes: 'text/plain',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface RenderedDocument {
  bytes: Buffer;
  layout: ReportLayout;
  mediaType: string;
  fileName: string;
}

/** A report written by the project's own writer, as the bytes a bureau would upload. */
export function renderDocument(
  data: ReportData,
  layout: ReportLayout = 'html',
  options: RenderOptions = {},
): RenderedDocument {
  const bytes =
    layout === 'docx'
      ? Buffer.from(renderReportDocx(data, options))
      : Buffer.from(renderReport(data, layout, options), 'utf8');
  const ext = layout === 'docx' ? 'docx' : layout === 'html' ? 'html' : 'txt';
  return {
    bytes,
    layout,
    mediaType: MEDIA_TYPES[layout],
    fileName: `${data.year ?? 'report'}-${layout}.${ext}`,
  };
}

/** A deep enough copy of a ReportData to edit its values. */
export function withValues(
  data: ReportData,
  changes: Record<string, number | null | '/'>,
  more: Partial<Omit<ReportData, 'values'>> = {},
): ReportData {
  return { ...data, ...more, values: { ...data.values, ...changes } };
}

/** An incoming submission of `bytes` for a department (code), analysed like the API does. */
export function incoming(
  bytes: Uint8Array,
  options: {
    department?: string;
    year?: number;
    fileName?: string;
    mediaType?: string;
    submittedBy?: string;
    receivedAt?: string;
    review?: IncomingSubmission['review'];
  } = {},
): IncomingSubmission {
  return {
    analysed: analyseDocument(bytes, { year: options.year }),
    content: bytes,
    fileName: options.fileName ?? 'report.html',
    mediaType: options.mediaType ?? 'text/html',
    year: options.year,
    department: options.department,
    submittedBy: options.submittedBy ?? 'test',
    receivedAt: options.receivedAt,
    review: options.review ?? null,
  };
}

/** `incoming` for a rendered document. */
export function incomingDocument(
  doc: RenderedDocument,
  options: Omit<Parameters<typeof incoming>[1], 'fileName' | 'mediaType'> = {},
): IncomingSubmission {
  return incoming(doc.bytes, {
    ...options,
    fileName: doc.fileName,
    mediaType: doc.mediaType,
  });
}
