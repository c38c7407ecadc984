import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The real published reports live outside the repository (`../shared/fixtures/real`
 * next to the checkout); tests read them from there and skip when the folder is absent.
 */
export const REAL_CORPUS_DIR = resolve(
  __dirname,
  '../../../../../../shared/fixtures/real',
);

export const realCorpusAvailable = (): boolean =>
  existsSync(join(REAL_CORPUS_DIR, 'expected.tsv'));

export interface ExpectedValue {
  file: string;
  /** `a|b`: either id, whichever the document's headers make it; `a+b`: their sum. */
  metric: string;
  /** A number, or null for `blank` (no number in the document). */
  value: number | null;
}

export function readExpected(): ExpectedValue[] {
  const lines = readFileSync(join(REAL_CORPUS_DIR, 'expected.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
  return lines.map((l) => {
    const [file = '', metric = '', value = ''] = l.split('\t');
    return {
      file,
      metric,
      value: value.trim() === 'blank' ? null : Number(value),
    };
  });
}

export function readRealFile(file: string): Buffer {
  return readFileSync(join(REAL_CORPUS_DIR, file));
}

export interface IndexRow {
  file: string;
  agency: string;
  reportYear: number | null;
  format: 'G1' | 'G2';
  complete: boolean;
  notes: string;
}

export function readIndex(): IndexRow[] {
  const lines = readFileSync(join(REAL_CORPUS_DIR, 'index.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
  return lines.map((l) => {
    const c = l.split('\t');
    const year = Number(c[4]);
    return {
      file: c[0] ?? '',
      agency: c[2] ?? '',
      reportYear: Number.isInteger(year) ? year : null,
      format: c[5] === '2021' ? 'G2' : 'G1',
      complete: c[6] === 'yes',
      notes: c[8] ?? '',
    };
  });
}
