import type { PointStatus } from '@gongkai/disclosure-domain/metrics';

/** The packed SeriesMatrix of the API, decoded for charts of thousands of departments. */
export interface PackedSeriesMatrix {
  from: number;
  to: number;
  metrics: readonly string[];
  departmentIds: readonly number[];
  /** Base64 of little-endian float64, one per point. */
  values: string;
  /** One letter per point: r b x u g m. */
  statuses: string;
}

export type { PointStatus };

const STATUS_OF_LETTER: Readonly<Record<string, PointStatus>> = {
  r: 'reported',
  b: 'blank',
  x: 'notApplicable',
  u: 'unreadable',
  g: 'notInGeneration',
  m: 'missingReport',
};

export interface DecodedSeriesMatrix {
  years: number[];
  metrics: readonly string[];
  departmentIds: readonly number[];
  /** value and status of one point; value is null unless reported. */
  point(
    metric: number,
    department: number,
    year: number,
  ): { value: number | null; status: PointStatus };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Base64 to bytes without atob or Buffer, so it runs alike in the browser and in tests. */
export function base64ToBytes(b64: string): Uint8Array {
  const clean = b64.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64_INDEX[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error(`Invalid base64 at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export function decodeSeriesMatrix(m: PackedSeriesMatrix): DecodedSeriesMatrix {
  const years: number[] = [];
  for (let y = m.from; y <= m.to; y++) years.push(y);
  const bytes = base64ToBytes(m.values);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const expected = m.metrics.length * m.departmentIds.length * years.length;
  if (m.statuses.length !== expected || bytes.length !== expected * 8) {
    throw new Error(
      `Series matrix has ${m.statuses.length} statuses and ${bytes.length / 8} values for ${expected} points`,
    );
  }
  const nYears = years.length;
  const nDepts = m.departmentIds.length;
  return {
    years,
    metrics: m.metrics,
    departmentIds: m.departmentIds,
    point(metric, department, year) {
      const i = (metric * nDepts + department) * nYears + (year - m.from);
      const status = STATUS_OF_LETTER[m.statuses[i] ?? 'm'] ?? 'missingReport';
      const v = view.getFloat64(i * 8, true);
      return {
        value: status === 'reported' && !Number.isNaN(v) ? v : null,
        status,
      };
    },
  };
}
