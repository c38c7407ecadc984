import type { Finding, Severity, SourceLocation } from './report';

/** Builds a finding; optional parts are only set when present (stable JSON). */
export function makeFinding(
  code: string,
  severity: Severity,
  message: string,
  messageEn: string,
  extra: {
    metric?: string | undefined;
    metrics?: readonly string[] | undefined;
    location?: SourceLocation | null | undefined;
  } = {},
): Finding {
  const f: Finding = { code, severity, message, messageEn };
  if (extra.metric) f.metric = extra.metric;
  if (extra.metrics && extra.metrics.length > 0) f.metrics = [...extra.metrics];
  if (extra.location) f.location = extra.location;
  return f;
}
