import type { Finding, TableKey } from '../model/report';
import { makeFinding } from './check-codes';
import type { Term } from './equation';
import { firstLocation } from './equation';
import type { Bilingual } from './labels';
import { TABLE_NAMES, TABLE_ORDER, byLayoutOrder } from './labels';

interface TableNotes {
  subjects: Bilingual[];
  blanks: Map<string, Term>;
}

/**
 * Collects the equations that held only because blank cells were read as 0, so that
 * they become one info finding per table instead of one per equation.
 */
export class BlankAsZeroNotes {
  private readonly tables = new Map<TableKey, TableNotes>();

  add(table: TableKey, subject: Bilingual, blanks: readonly Term[]): void {
    let notes = this.tables.get(table);
    if (!notes) {
      notes = { subjects: [], blanks: new Map() };
      this.tables.set(table, notes);
    }
    notes.subjects.push(subject);
    for (const b of blanks) notes.blanks.set(b.metric, b);
  }

  toFindings(): Finding[] {
    const out: Finding[] = [];
    for (const table of TABLE_ORDER) {
      const notes = this.tables.get(table);
      if (!notes) continue;
      const metrics = byLayoutOrder(notes.blanks.keys());
      const terms: Term[] = [];
      for (const m of metrics) {
        const t = notes.blanks.get(m);
        if (t) terms.push(t);
      }
      const name = TABLE_NAMES[table];
      out.push(
        makeFinding(
          'R5_BLANK_AS_ZERO',
          `${name.zh}：以下勾稽关系只有把空白单元格按0计算时才成立：${notes.subjects
            .map(zhOf)
            .join(
              '、',
            )}；共涉及${metrics.length}个空白单元格。空白表示未填报，不等于0，宜填写0。`,
          `${name.en}: these balances hold only when blank cells are read as 0: ${notes.subjects
            .map(enOf)
            .join(
              '; ',
            )}; ${metrics.length} blank cell(s) involved. Blank means not reported, not zero; 0 should be written.`,
          {
            metric: metrics[0],
            metrics,
            location: firstLocation(terms),
          },
        ),
      );
    }
    return out;
  }
}

// Module-level, not inline arrows: no closure is made per call.
const zhOf = (b: Bilingual): string => b.zh;
const enOf = (b: Bilingual): string => b.en;
