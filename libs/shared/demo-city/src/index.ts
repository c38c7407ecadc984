export * from './lib/demo-city';
