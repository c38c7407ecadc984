import type { AriaComponentOption } from 'echarts/components';
import type { AriaDescription } from './types';

/** Resolves a fixed or templated description; the summary is only built when needed. */
export function resolveDescription<S>(
  description: AriaDescription<S>,
  summary: () => S,
): string {
  return typeof description === 'string' ? description : description(summary());
}

/** Screen-reader label plus decals, which ECharts also adds to series without their own. */
export function ariaOption(description: string): AriaComponentOption {
  return {
    enabled: true,
    decal: { show: true },
    label: { enabled: true, description },
  };
}
