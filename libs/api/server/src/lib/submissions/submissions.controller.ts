import {
  outlineDocument,
  ReportStore,
  StoreError,
} from '@gongkai/api-persistence';
import type { OutlineBlock } from '@gongkai/disclosure-domain';
import {
  Body,
  Controller,
  Get,
  Inject,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';

import type { Principal } from '../auth/principal';
import { Allow, assertDepartment, CurrentPrincipal } from '../auth/principal';
import { SubmissionsService } from './submissions.service';
import { UploadErrorsFilter } from './upload-errors.filter';

/** The fields of a multer file this route reads (not its declared type: see the service). */
interface UploadedDocument {
  buffer: Buffer;
  originalname: string;
}

/** What documents are served as; rows stored before types came from content may hold anything. */
const SERVED_TYPES: ReadonlySet<string> = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/html',
  'text/plain',
]);

interface UploadFields {
  year?: string;
  department?: string;
  submittedBy?: string;
  preview?: string;
  createDepartment?: string;
}

const yes = (v: string | undefined) => v === '1' || v === 'true';

const optionalYear = (v: string | undefined) =>
  v && v.trim() !== '' ? Number(v) : undefined;

/**
 * The routes GraphQL is not made for: uploading a file (multipart, up to the upload
 * limit) and downloading the source document of a version.
 */
@Controller('api/submissions')
export class SubmissionsController {
  constructor(
    @Inject(SubmissionsService) private readonly service: SubmissionsService,
    @Inject(ReportStore) private readonly store: ReportStore,
  ) {}

  @Allow('submit')
  @Post()
  @UseFilters(UploadErrorsFilter)
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @UploadedFile() file: UploadedDocument | undefined,
    @Body() body: UploadFields,
    @CurrentPrincipal() p: Principal,
    @Query('preview') previewQuery?: string,
  ) {
    const bytes = this.service.withinLimit(file?.buffer);
    const doc = {
      bytes,
      fileName: file?.originalname
        ? Buffer.from(file.originalname, 'latin1').toString('utf8')
        : 'upload',
      year: optionalYear(body.year),
      department: body.department,
      submittedBy: body.submittedBy,
      createDepartment: yes(body.createDepartment),
    };
    // A preview asked for anywhere is a preview: it must never store a version.
    return yes(body.preview) || yes(previewQuery)
      ? this.service.preview(p, doc)
      : this.service.submit(p, doc);
  }

  @Allow('read')
  @Get(':id/document')
  async document(
    @Param('id', ParseIntPipe) id: number,
    @Res() res: Response,
    @CurrentPrincipal() p: Principal,
  ): Promise<void> {
    assertDepartment(p, (await this.store.submission(id)).departmentId);
    const d = await this.store.document(id);
    const type = SERVED_TYPES.has(d.mediaType)
      ? d.mediaType
      : 'application/octet-stream';
    res.setHeader(
      'Content-Type',
      type.startsWith('text/') ? `${type}; charset=utf-8` : type,
    );
    res.setHeader(
      'Content-Disposition',
      `inline; filename*=UTF-8''${encodeURIComponent(d.fileName)}`,
    );
    // A stored document is shown as source, never run as a page of this site.
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(d.content);
  }

  /**
   * A DOCX source as its reader saw it (paragraphs, and table cells at the locations
   * values name): a browser cannot show a Word file beside the tables.
   */
  @Allow('read')
  @Get(':id/outline')
  async outline(
    @Param('id', ParseIntPipe) id: number,
    @CurrentPrincipal() p: Principal,
  ): Promise<{ blocks: OutlineBlock[] }> {
    const s = await this.store.submission(id);
    assertDepartment(p, s.departmentId);
    if (s.format !== 'docx') {
      throw new StoreError(
        'INVALID_ARGUMENT',
        '只有 DOCX 文档有大纲；文本和 HTML 文档请直接读取原文。',
        'Only DOCX documents have an outline; read text and HTML documents as they are.',
      );
    }
    return {
      blocks: outlineDocument((await this.store.document(id)).content),
    };
  }
}
