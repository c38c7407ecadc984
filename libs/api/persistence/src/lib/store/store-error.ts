/** Why the store refused a request. Every code has a Chinese and an English message. */
export type StoreErrorCode =
  | 'DOCUMENT_UNREADABLE'
  | 'DOCUMENT_TOO_LARGE'
  | 'NOT_A_REPORT'
  | 'YEAR_UNKNOWN'
  | 'YEAR_OUT_OF_RANGE'
  | 'DEPARTMENT_UNKNOWN'
  | 'DEPARTMENT_AMBIGUOUS'
  | 'DEPARTMENT_CODE_TAKEN'
  | 'SUBMISSION_NOT_FOUND'
  | 'REPORT_NOT_FOUND'
  | 'NOT_CURRENT_VERSION'
  | 'ALREADY_REVIEWED'
  | 'REPORT_HAS_ERRORS'
  | 'INVALID_ARGUMENT'
  | 'USER_NOT_FOUND'
  | 'USERNAME_TAKEN'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly messageEn: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
