export * from './department-kind';
export * from './deadlines';
export * from './agency-matching';
export * from './version-diff';
export * from './point-status';
export * from './aggregate-coverage';
