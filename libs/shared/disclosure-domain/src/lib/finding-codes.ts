import { CHECK_CODES } from './checks/check-report';
import { READ_CODES, type FindingCodeInfo } from './model/read-codes';

/** Every finding code, reading first, then the checks in their catalogue order. */
export const FINDING_CODES: readonly FindingCodeInfo[] = [
  ...READ_CODES,
  ...CHECK_CODES,
];
