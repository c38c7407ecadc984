import {
  analyseDocument,
  ReportStore,
  StoreError,
} from '@gongkai/api-persistence';
import { Inject, Injectable } from '@nestjs/common';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import { toDepartmentModel, toReadReportModel } from '../common/report.mapper';
import { toSubmissionModel } from '../common/submission.mapper';
import type { SubmissionModel } from '../common/submission.model';
import type { PreviewModel, SubmitResultModel } from './submission.model';

export interface IncomingDocument {
  bytes: Uint8Array;
  fileName: string;
  mediaType?: string | null | undefined;
  year?: number | null | undefined;
  department?: string | null | undefined;
  submittedBy?: string | null | undefined;
  createDepartment?: boolean | undefined;
}

const MEDIA_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  htm: 'text/html',
  txt: 'text/plain',
};

const mediaTypeOf = (d: IncomingDocument) =>
  d.mediaType ??
  MEDIA_TYPES[d.fileName.split('.').pop()?.toLowerCase() ?? ''] ??
  'application/octet-stream';

/** Submitting and reviewing reports: the use cases behind the resolver and the upload route. */
@Injectable()
export class SubmissionsService {
  constructor(
    @Inject(ReportStore) private readonly store: ReportStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The bytes of a document given as text or base64 (exactly one). */
  documentBytes(
    text: string | null | undefined,
    base64: string | null | undefined,
  ): Uint8Array {
    if ((text ? 1 : 0) + (base64 ? 1 : 0) !== 1) {
      throw new StoreError(
        'INVALID_ARGUMENT',
        '请给出文档的文本或 base64 内容（二者选一）。',
        'Give the document as text or as base64, exactly one of them.',
      );
    }
    return this.withinLimit(
      text
        ? Buffer.from(text, 'utf8')
        : Buffer.from(base64 as string, 'base64'),
    );
  }

  /** Refuses a document larger than the upload limit. */
  withinLimit(bytes: Uint8Array | undefined): Uint8Array {
    if (!bytes || bytes.length === 0) {
      throw new StoreError(
        'DOCUMENT_UNREADABLE',
        '没有收到文件，或文件为空。',
        'No file was received, or it is empty.',
      );
    }
    if (bytes.length > this.config.maxUploadBytes) {
      throw new StoreError(
        'DOCUMENT_TOO_LARGE',
        `文件超过 ${this.config.maxUploadBytes} 字节的上限。`,
        `The document is larger than ${this.config.maxUploadBytes} bytes.`,
      );
    }
    return bytes;
  }

  async preview(d: IncomingDocument): Promise<PreviewModel> {
    const r = await this.store.preview(d.bytes, {
      fileName: d.fileName,
      year: d.year ?? undefined,
      department: d.department ?? undefined,
    });
    return {
      report: toReadReportModel(r.report),
      department: r.department ? toDepartmentModel(r.department) : null,
      year: r.year,
    };
  }

  async submit(d: IncomingDocument): Promise<SubmitResultModel> {
    const analysed = analyseDocument(d.bytes, { year: d.year ?? undefined });
    const [outcome] = await this.store.submit([
      {
        analysed,
        content: d.bytes,
        fileName: d.fileName,
        mediaType: mediaTypeOf(d),
        year: d.year ?? undefined,
        department: d.department ?? undefined,
        submittedBy: d.submittedBy ?? 'anonymous',
        createDepartment: d.createDepartment ?? false,
      },
    ]);
    if (!outcome) throw new Error('The store returned no outcome');
    if (outcome.kind === 'failed') throw outcome.error;
    return {
      outcome: outcome.kind,
      submission: await this.submission(outcome.submissionId),
    };
  }

  async returnSubmission(
    id: number,
    comment: string,
    by: string,
  ): Promise<SubmissionModel> {
    await this.store.returnSubmission(id, comment, by);
    return this.submission(id);
  }

  async accept(
    id: number,
    comment: string | null,
    by: string,
    acknowledgeErrors: boolean,
  ): Promise<SubmissionModel> {
    await this.store.acceptSubmission(id, comment, by, acknowledgeErrors);
    return this.submission(id);
  }

  async submission(id: number): Promise<SubmissionModel> {
    const s = await this.store.submission(id);
    return toSubmissionModel(
      s,
      await this.store.requireDepartment(s.departmentId),
    );
  }
}
