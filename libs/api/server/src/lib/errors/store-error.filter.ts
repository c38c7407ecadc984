import { StoreError } from '@gongkai/api-persistence';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { Catch } from '@nestjs/common';
import type { Response } from 'express';

import { errorBody, httpStatusOf } from './graphql-error.util';

/** REST routes answer store errors with their status and both messages; GraphQL formats its own. */
@Catch(StoreError)
export class StoreErrorFilter implements ExceptionFilter {
  catch(e: StoreError, host: ArgumentsHost): StoreError | undefined {
    if (host.getType() !== 'http') return e;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(httpStatusOf(e.code))
      .json(errorBody(e));
    return undefined;
  }
}
