import { StoreError } from '@gongkai/api-persistence';
import type { StoreErrorCode } from '@gongkai/api-persistence';
import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';

type ClientCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED';

function assertUnreachable(x: never): never {
  throw new Error(`Unhandled error code ${String(x)}`);
}

/** The one place where a store error becomes an API error code. */
export function clientCodeOf(code: StoreErrorCode): ClientCode {
  switch (code) {
    case 'DOCUMENT_UNREADABLE':
    case 'DOCUMENT_TOO_LARGE':
    case 'NOT_A_REPORT':
    case 'YEAR_UNKNOWN':
    case 'YEAR_OUT_OF_RANGE':
    case 'DEPARTMENT_UNKNOWN':
    case 'DEPARTMENT_AMBIGUOUS':
    case 'INVALID_ARGUMENT':
      return 'BAD_USER_INPUT';
    case 'SUBMISSION_NOT_FOUND':
    case 'REPORT_NOT_FOUND':
    case 'USER_NOT_FOUND':
      return 'NOT_FOUND';
    case 'DEPARTMENT_CODE_TAKEN':
    case 'NOT_CURRENT_VERSION':
    case 'ALREADY_REVIEWED':
    case 'REPORT_HAS_ERRORS':
    case 'USERNAME_TAKEN':
      return 'CONFLICT';
    case 'UNAUTHENTICATED':
      return 'UNAUTHENTICATED';
    case 'FORBIDDEN':
      return 'FORBIDDEN';
    case 'RATE_LIMITED':
      return 'RATE_LIMITED';
    default:
      return assertUnreachable(code);
  }
}

const HTTP_STATUS: Record<ClientCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export function httpStatusOf(code: StoreErrorCode): number {
  return HTTP_STATUS[clientCodeOf(code)];
}

/** Body of a REST error and `extensions` of a GraphQL error: the same fields. */
export function errorBody(e: StoreError) {
  return {
    code: clientCodeOf(e.code),
    reason: e.code,
    message: e.message,
    messageEn: e.messageEn,
    ...(Object.keys(e.details).length > 0 ? { details: e.details } : {}),
  };
}

/**
 * Apollo's formatError: store errors keep their code and both messages; anything
 * unexpected is logged and, in production, shown without internals.
 */
export function formatGraphqlError(production: boolean) {
  return (
    formatted: GraphQLFormattedError,
    error: unknown,
  ): GraphQLFormattedError => {
    const original =
      error instanceof GraphQLError ? error.originalError : error;
    if (original instanceof StoreError) {
      const { message, ...extensions } = errorBody(original);
      return {
        message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions,
      };
    }
    const code = formatted.extensions?.['code'];
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      console.error(original);
      if (production) {
        return {
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        };
      }
    }
    return formatted;
  };
}
