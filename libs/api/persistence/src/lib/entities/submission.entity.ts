import { EntitySchema } from 'typeorm';

import type { Dialect } from './column-types';
import { columnTypes } from './column-types';

/** A source document, stored once per content hash. */
export interface DocumentEntity {
  id: number;
  sha256: string;
  mediaType: string;
  size: number;
  content: Buffer;
}

export const documentSchema = (dialect: Dialect) =>
  new EntitySchema<DocumentEntity>({
    name: 'Document',
    tableName: 'document',
    columns: {
      id: { type: 'integer', primary: true, generated: 'increment' },
      sha256: { type: 'varchar', length: 64, unique: true },
      mediaType: { name: 'media_type', type: 'varchar', length: 120 },
      size: { type: 'integer' },
      content: { type: columnTypes(dialect).binary },
    },
  });

export type SubmissionStatus = 'submitted' | 'returned' | 'accepted';

/** One version of one department's report for one year. Every version is kept. */
export interface SubmissionEntity {
  id: number;
  departmentId: number;
  year: number;
  version: number;
  documentId: number;
  fileName: string;
  format: string;
  generation: string | null;
  title: string | null;
  publishedOn: string | null;
  receivedAt: string;
  submittedBy: string;
  status: SubmissionStatus;
  /** 1 for the latest version that was not returned: the one that counts. */
  counted: number;
  reviewComment: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** The parsed report (ParsedReport without findings) as JSON. */
  model: string;
}

export const submissionSchema = (_dialect: Dialect) =>
  new EntitySchema<SubmissionEntity>({
    name: 'Submission',
    tableName: 'submission',
    columns: {
      id: { type: 'integer', primary: true, generated: 'increment' },
      departmentId: { name: 'department_id', type: 'integer' },
      year: { type: 'integer' },
      version: { type: 'integer' },
      documentId: { name: 'document_id', type: 'integer' },
      fileName: { name: 'file_name', type: 'varchar', length: 255 },
      format: { type: 'varchar', length: 10 },
      generation: { type: 'varchar', length: 4, nullable: true },
      title: { type: 'text', nullable: true },
      publishedOn: {
        name: 'published_on',
        type: 'varchar',
        length: 10,
        nullable: true,
      },
      receivedAt: { name: 'received_at', type: 'varchar', length: 30 },
      submittedBy: { name: 'submitted_by', type: 'varchar', length: 100 },
      status: { type: 'varchar', length: 10 },
      counted: { type: 'integer' },
      reviewComment: { name: 'review_comment', type: 'text', nullable: true },
      reviewedBy: {
        name: 'reviewed_by',
        type: 'varchar',
        length: 100,
        nullable: true,
      },
      reviewedAt: {
        name: 'reviewed_at',
        type: 'varchar',
        length: 30,
        nullable: true,
      },
      errorCount: { name: 'error_count', type: 'integer' },
      warningCount: { name: 'warning_count', type: 'integer' },
      infoCount: { name: 'info_count', type: 'integer' },
      model: { type: 'text' },
    },
    uniques: [
      {
        name: 'uq_submission_version',
        columns: ['departmentId', 'year', 'version'],
      },
    ],
    indices: [
      { name: 'idx_submission_year_counted', columns: ['year', 'counted'] },
      { name: 'idx_submission_document', columns: ['documentId'] },
      // At most one counted version per department-year, and the writer's lookup of it.
      {
        name: 'uq_submission_counted',
        columns: ['departmentId', 'year'],
        unique: true,
        where: 'counted = 1',
      },
    ],
    foreignKeys: [
      {
        target: 'Department',
        columnNames: ['departmentId'],
        referencedColumnNames: ['id'],
      },
      {
        target: 'Document',
        columnNames: ['documentId'],
        referencedColumnNames: ['id'],
      },
    ],
  });

/** A finding of one submission, kept as rows so that they can be filtered. */
export interface FindingEntity {
  id: number;
  submissionId: number;
  /** Position in the report's list of findings. */
  seq: number;
  code: string;
  severity: string;
  metric: string | null;
  /** JSON array of every metric involved, or null. */
  metrics: string | null;
  message: string;
  messageEn: string;
  /** JSON of the source location, or null. */
  location: string | null;
}

export const findingSchema = (_dialect: Dialect) =>
  new EntitySchema<FindingEntity>({
    name: 'Finding',
    tableName: 'finding',
    columns: {
      id: { type: 'integer', primary: true, generated: 'increment' },
      submissionId: { name: 'submission_id', type: 'integer' },
      seq: { type: 'integer' },
      code: { type: 'varchar', length: 40 },
      severity: { type: 'varchar', length: 10 },
      metric: { type: 'varchar', length: 80, nullable: true },
      metrics: { type: 'text', nullable: true },
      message: { type: 'text' },
      messageEn: { name: 'message_en', type: 'text' },
      location: { type: 'varchar', length: 80, nullable: true },
    },
    indices: [
      { name: 'idx_finding_submission', columns: ['submissionId'] },
      { name: 'idx_finding_code', columns: ['code'] },
    ],
    foreignKeys: [
      {
        target: 'Submission',
        columnNames: ['submissionId'],
        referencedColumnNames: ['id'],
      },
    ],
  });
