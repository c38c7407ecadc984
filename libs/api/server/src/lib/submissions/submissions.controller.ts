import { ReportStore } from '@gongkai/api-persistence';
import {
  Body,
  Controller,
  Get,
  Inject,
  Param,
  ParseIntPipe,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';

import type { Principal } from '../auth/principal';
import { Allow, assertDepartment, CurrentPrincipal } from '../auth/principal';
import { SubmissionsService } from './submissions.service';

/** The fields of a multer file this route reads. */
interface UploadedDocument {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
}

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
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @UploadedFile() file: UploadedDocument | undefined,
    @Body() body: UploadFields,
    @CurrentPrincipal() p: Principal,
  ) {
    const bytes = this.service.withinLimit(file?.buffer);
    const doc = {
      bytes,
      fileName: file?.originalname
        ? Buffer.from(file.originalname, 'latin1').toString('utf8')
        : 'upload',
      mediaType: file?.mimetype ?? null,
      year: optionalYear(body.year),
      department: body.department,
      submittedBy: body.submittedBy,
      createDepartment: yes(body.createDepartment),
    };
    return yes(body.preview)
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
    res.setHeader(
      'Content-Type',
      d.mediaType.startsWith('text/')
        ? `${d.mediaType}; charset=utf-8`
        : d.mediaType,
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
}
