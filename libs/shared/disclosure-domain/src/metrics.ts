// The metric vocabulary alone (registry, official layout, derived formulas), for
// consumers such as the dashboard that must not pull in the readers.
export * from './lib/metrics/metric-registry';
export * from './lib/metrics/derived-metrics';
export type { PointStatus } from './lib/cycle/point-status';
