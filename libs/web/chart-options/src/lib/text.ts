// Tooltips are HTML, and department names come from documents we do not control.
const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for ECharts' HTML tooltips. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** Shortens to `max` characters (code points, so CJK and emoji count as one) with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** Tooltip lines: a bold heading, then one line per entry. */
export function tooltipHtml(heading: string, lines: readonly string[]): string {
  return [`<strong>${escapeHtml(heading)}</strong>`, ...lines].join('<br/>');
}

/** `name: value`, both escaped (formatter output is caller text too). */
export function tooltipLine(name: string, value: string): string {
  return `${escapeHtml(name)}: ${escapeHtml(value)}`;
}
