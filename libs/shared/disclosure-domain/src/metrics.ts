// The metric vocabulary alone (registry, official layout, derived formulas), and the
// few reporting-cycle words the dashboard shares with the server, for consumers
// that must not pull in the readers.
export * from './lib/metrics/metric-registry';
export * from './lib/metrics/derived-metrics';
export type { PointStatus } from './lib/cycle/point-status';
export * from './lib/cycle/aggregate-coverage';
