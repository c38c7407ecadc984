import {
  analyseDocument,
  ReportStore,
  StoreError,
} from '@gongkai/api-persistence';
import type { ParsedReport } from '@gongkai/disclosure-domain';
import { Inject, Injectable } from '@nestjs/common';

import { AuthService } from '../auth/auth.service';
import type { Principal } from '../auth/principal';
import { actorOf } from '../auth/principal';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import { toDepartmentModel, toReadReportModel } from '../common/report.mapper';
import { toSubmissionModel } from '../common/submission.mapper';
import type { ArgumentProblem } from '../errors/invalid-arguments';
import { invalidArguments } from '../errors/invalid-arguments';
import type { SubmissionModel } from '../common/submission.model';
import type { PreviewModel, SubmitResultModel } from './submission.model';

export interface IncomingDocument {
  bytes: Uint8Array;
  fileName: string;
  year?: number | null | undefined;
  department?: string | null | undefined;
  submittedBy?: string | null | undefined;
  createDepartment?: boolean | undefined;
}

/** The reviewer's name on a version: the office user's display name. */
const reviewerOf = (p: Principal) => p.user?.displayName ?? 'office';

/**
 * The media type a stored document is served with, from what the reader found in its
 * bytes: never the client's label or file extension, which may lie (and a declared
 * type with CR/LF once reached the download's Content-Type header).
 */
const MEDIA_TYPE_OF_FORMAT: Record<ParsedReport['format'], string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  text: 'text/plain',
};

// C0 controls (tab aside) and DEL: no name or person contains them; a comment may
// also have line breaks.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Longest text fields, as the columns (and the GraphQL input) allow. */
const FIELD_LIMITS = { fileName: 255, department: 200, submittedBy: 100 };

/** What is wrong with one text field (a comment may have line breaks). */
function textProblems(
  field: string,
  v: string | null | undefined,
  max: number,
  multiline = false,
): ArgumentProblem[] {
  if (v === null || v === undefined) return [];
  const problems: ArgumentProblem[] = [];
  if (v.length > max)
    problems.push({
      zh: `${field} 超过 ${max} 个字符`,
      en: `${field} is longer than ${max} characters`,
    });
  if ((multiline ? CONTROL_IN_TEXT : CONTROL).test(v))
    problems.push({
      zh: `${field} 含有控制字符`,
      en: `${field} contains control characters`,
    });
  return problems;
}

/**
 * The upload route's fields are not checked by the GraphQL input's decorators: both
 * routes check them here. A NUL cannot be stored by PostgreSQL, an overlong value not
 * in its column: both were a 500 before.
 */
function checkFields(d: IncomingDocument): void {
  const problems: ArgumentProblem[] = [];
  if (d.fileName.length === 0)
    problems.push({ zh: 'fileName 为空', en: 'fileName is empty' });
  for (const [field, max] of Object.entries(FIELD_LIMITS))
    problems.push(
      ...textProblems(field, d[field as keyof typeof FIELD_LIMITS], max),
    );
  if (
    d.year !== null &&
    d.year !== undefined &&
    !(Number.isInteger(d.year) && d.year >= 2008 && d.year <= 2100)
  ) {
    problems.push({
      zh: 'year 须为 2008–2100 之间的整数',
      en: 'year is not a whole number from 2008 to 2100',
    });
  }
  if (problems.length > 0) throw invalidArguments(problems);
}

/** A review's comment and reviewer, checked as the document's fields are. */
function checkReview(comment: string | null, by: string): void {
  const problems = [
    ...textProblems('comment', comment, 4000, true),
    ...textProblems('reviewer', by, 100),
  ];
  if (problems.length > 0) throw invalidArguments(problems);
}

/** Submitting and reviewing reports: the use cases behind the resolver and the upload route. */
@Injectable()
export class SubmissionsService {
  constructor(
    @Inject(ReportStore) private readonly store: ReportStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AuthService) private readonly auth: AuthService,
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

  async preview(p: Principal, input: IncomingDocument): Promise<PreviewModel> {
    checkFields(input);
    const d = await this.scoped(p, input, null);
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

  async submit(
    p: Principal,
    input: IncomingDocument,
  ): Promise<SubmitResultModel> {
    checkFields(input);
    // Bureaus are paced; the office's bulk import is not.
    if (p.user?.role === 'submitter') {
      await this.auth.submissions.hit(`user:${p.user.id}`);
    }
    const analysed = analyseDocument(input.bytes, {
      year: input.year ?? undefined,
    });
    const d = await this.scoped(p, input, analysed.report.agency);
    const [outcome] = await this.store.submit(
      [
        {
          analysed,
          content: d.bytes,
          fileName: d.fileName,
          mediaType: MEDIA_TYPE_OF_FORMAT[analysed.report.format],
          year: d.year ?? undefined,
          department: d.department ?? undefined,
          submittedBy: d.submittedBy ?? 'anonymous',
          createDepartment: d.createDepartment ?? false,
        },
      ],
      {
        actor: actorOf(p),
        action: d.createDepartment ? 'import' : 'submit',
      },
    );
    if (!outcome) throw new Error('The store returned no outcome');
    if (outcome.kind === 'failed') throw outcome.error;
    return {
      outcome: outcome.kind,
      submission: await this.submission(outcome.submissionId),
    };
  }

  async returnSubmission(
    p: Principal,
    id: number,
    comment: string,
  ): Promise<SubmissionModel> {
    checkReview(comment, reviewerOf(p));
    await this.store.returnSubmission(id, comment, reviewerOf(p), actorOf(p));
    return this.submission(id);
  }

  /**
   * What a submitter may hand in: documents of its own department only, filed
   * under it; creating departments is the office's. Others file as they ask.
   */
  private async scoped(
    p: Principal,
    d: IncomingDocument,
    agency: string | null,
  ): Promise<IncomingDocument> {
    const user = p.user;
    const by = d.submittedBy ?? user?.displayName ?? 'anonymous';
    if (user?.role !== 'submitter' || user.departmentId === null) {
      return { ...d, submittedBy: by };
    }
    const own = await this.store.requireDepartment(user.departmentId);
    const other = (name: string | null | undefined) => {
      if (!name) return null;
      const m = this.store.directory.match(name).department;
      return m && m.id !== own.id ? m : null;
    };
    const named = other(d.department) ?? other(agency);
    if (d.createDepartment || named) {
      throw new StoreError(
        'FORBIDDEN',
        named
          ? `这份报告属于${named.name}；只能报送本部门（${own.name}）的报告。`
          : '只有政务公开办可以新建部门。',
        named
          ? `This report belongs to ${named.name}; you may only submit ${own.name}’s reports.`
          : 'Only the disclosure office creates departments.',
      );
    }
    return {
      ...d,
      department: own.code,
      createDepartment: false,
      submittedBy: by,
    };
  }

  async accept(
    p: Principal,
    id: number,
    comment: string | null,
    acknowledgeErrors: boolean,
  ): Promise<SubmissionModel> {
    checkReview(comment, reviewerOf(p));
    await this.store.acceptSubmission(
      id,
      comment,
      reviewerOf(p),
      acknowledgeErrors,
      actorOf(p),
    );
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
