import {
  ApiError,
  execute,
  previewDocumentMutation,
  submitDocumentMutation,
  upload,
} from '@gongkai/web-data-access';
import type {
  PreviewDocumentMutation,
  SubmitDocumentMutation,
} from '@gongkai/web-data-access';
import type { Locale } from '@gongkai/web-view-models';
import { pick } from '@gongkai/web-view-models';

export type Preview = PreviewDocumentMutation['previewDocument'];
export type SubmitResult = SubmitDocumentMutation['submitDocument'];

/** A document handed in: pasted text, or a file that goes to the multipart route. */
export type DocumentSource =
  | { kind: 'text'; text: string; fileName: string }
  | { kind: 'file'; file: File };

export interface DocumentFields {
  department?: string | null;
  year?: number | null;
  submittedBy?: string | null;
  /** Create the department the document names when none matches (the office's import). */
  createDepartment?: boolean;
}

function form(
  source: File,
  fields: DocumentFields,
  preview: boolean,
): FormData {
  const f = new FormData();
  f.set('file', source, source.name);
  if (fields.department) f.set('department', fields.department);
  if (fields.year) f.set('year', String(fields.year));
  if (fields.submittedBy) f.set('submittedBy', fields.submittedBy);
  if (fields.createDepartment) f.set('createDepartment', '1');
  if (preview) f.set('preview', '1');
  return f;
}

function input(
  source: Extract<DocumentSource, { kind: 'text' }>,
  fields: DocumentFields,
) {
  return {
    text: source.text,
    fileName: source.fileName,
    department: fields.department || null,
    year: fields.year || null,
    submittedBy: fields.submittedBy || null,
    createDepartment: fields.createDepartment ?? false,
  };
}

// The upload route answers with the same read models as the GraphQL mutations.
export async function previewDocument(
  source: DocumentSource,
  fields: DocumentFields,
): Promise<Preview> {
  if (source.kind === 'file')
    return upload<Preview>(form(source.file, fields, true));
  return (
    await execute(previewDocumentMutation, { input: input(source, fields) })
  ).previewDocument;
}

export async function submitDocument(
  source: DocumentSource,
  fields: DocumentFields,
): Promise<SubmitResult> {
  if (source.kind === 'file')
    return upload<SubmitResult>(form(source.file, fields, false));
  return (
    await execute(submitDocumentMutation, { input: input(source, fields) })
  ).submitDocument;
}

export function errorText(e: unknown, locale: Locale): string {
  if (e instanceof ApiError) return pick(locale, e.message, e.messageEn);
  return e instanceof Error ? e.message : String(e);
}
