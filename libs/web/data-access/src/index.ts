export { ApiError, execute, upload } from './client';
export * from './operations/auth.operations';
export * from './operations/catalogue.operations';
export * from './operations/overview.operations';
export * from './operations/compliance.operations';
export * from './operations/report.operations';
export * from './operations/compare.operations';
export * from './operations/submit.operations';
export type * from './generated/graphql';
