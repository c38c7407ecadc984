/** What the list of a department's reports reads of each version. */
export interface VersionInput {
  year: number;
  version: number;
  status: 'submitted' | 'returned' | 'accepted';
  counted: boolean;
  receivedAt: string;
  errorCount: number;
  warningCount: number;
  reviewComment: string | null;
}

export interface YearOfReports<V extends VersionInput = VersionInput> {
  year: number;
  /** The last version handed in: what the bureau did last. */
  latest: V;
  /** The version that counts, when it is not the latest (the latest was returned). */
  counted: V | null;
  versions: number;
}

/**
 * A department's versions as one line per report year, newest year first: the
 * latest version (its status, and the office's comment when it was returned) and,
 * when that is not the one counted, the one that is.
 */
export function reportsByYear<V extends VersionInput>(
  versions: readonly V[],
): YearOfReports<V>[] {
  const byYear = new Map<number, V[]>();
  for (const v of versions) {
    const list = byYear.get(v.year);
    if (list) list.push(v);
    else byYear.set(v.year, [v]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => {
      const sorted = [...list].sort((a, b) => a.version - b.version);
      const latest = sorted[sorted.length - 1] as V;
      const counted = sorted.find((v) => v.counted) ?? null;
      return {
        year,
        latest,
        counted: counted === latest ? null : counted,
        versions: sorted.length,
      };
    });
}
