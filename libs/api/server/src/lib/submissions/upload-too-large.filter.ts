import { StoreError } from '@gongkai/api-persistence';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { Catch, Inject, PayloadTooLargeException } from '@nestjs/common';
import type { Response } from 'express';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import { errorBody } from '../errors/graphql-error.util';

/**
 * Multer stops an upload over the limit before the route runs, with a bare "File too
 * large": answered like every refused document (reason and both messages), and still
 * 413, since the request itself is too large.
 */
@Catch(PayloadTooLargeException)
export class UploadTooLargeFilter implements ExceptionFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(_e: PayloadTooLargeException, host: ArgumentsHost): void {
    const limit = this.config.maxUploadBytes;
    const e = new StoreError(
      'DOCUMENT_TOO_LARGE',
      `文件超过 ${limit} 字节的上传上限。`,
      `The file is larger than the upload limit of ${limit} bytes.`,
      { limit },
    );
    host.switchToHttp().getResponse<Response>().status(413).json(errorBody(e));
  }
}
