export * from './lib/model/report';
export * from './lib/metrics/metric-registry';
export * from './lib/metrics/derived-metrics';
export * from './lib/text/normalize';
export * from './lib/text/parse-value';
