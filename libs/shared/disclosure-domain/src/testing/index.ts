// Test and benchmark helpers (`@gongkai/disclosure-domain/testing`): generators of
// consistent reports, the project's fixtures, and the real corpus outside the repo.
export * from './random-report';
export * from './fixtures';
export * from './real-corpus';
