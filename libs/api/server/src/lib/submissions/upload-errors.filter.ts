import { StoreError } from '@gongkai/api-persistence';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import {
  BadRequestException,
  Catch,
  Inject,
  PayloadTooLargeException,
} from '@nestjs/common';
import type { Response } from 'express';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import { errorBody } from '../errors/graphql-error.util';

/**
 * Multer refuses a request before the route runs, in bare English ("File too large",
 * "Unexpected file field - document"): answered like every refused document, with a
 * reason and both messages. Too large stays 413: the request itself is.
 */
@Catch(PayloadTooLargeException, BadRequestException)
export class UploadErrorsFilter implements ExceptionFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(
    e: PayloadTooLargeException | BadRequestException,
    host: ArgumentsHost,
  ): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (e instanceof PayloadTooLargeException) {
      const limit = this.config.maxUploadBytes;
      const error = new StoreError(
        'DOCUMENT_TOO_LARGE',
        `文件超过 ${limit} 字节的上传上限。`,
        `The file is larger than the upload limit of ${limit} bytes.`,
        { limit },
      );
      res.status(413).json(errorBody(error));
      return;
    }
    const unexpected = /^Unexpected file field - (.*)$/.exec(e.message);
    const error = unexpected
      ? new StoreError(
          'INVALID_ARGUMENT',
          `文件须放在表单字段 file 中（收到的字段是 ${unexpected[1]}）。`,
          `Send the document in the form field “file” (got “${unexpected[1]}”).`,
        )
      : new StoreError(
          'INVALID_ARGUMENT',
          `上传请求无效：${e.message}`,
          `Invalid upload: ${e.message}`,
        );
    res.status(400).json(errorBody(error));
  }
}
