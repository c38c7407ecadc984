import type { Lang } from './report-summary';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * Progress on stderr: a bar redrawn in place on a terminal, otherwise a plain line
 * every few seconds (logs and pipes get no carriage returns).
 */
export class Progress {
  private readonly started = Date.now();
  /** A plain line only after the first interval: short runs print none. */
  private lastDraw: number;

  constructor(
    private readonly total: number,
    private readonly lang: Lang,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly plainEveryMs = 5000,
  ) {
    this.lastDraw = this.tty ? 0 : this.started;
  }

  private get tty(): boolean {
    return this.stream.isTTY === true;
  }

  update(done: number): void {
    const now = Date.now();
    if (now - this.lastDraw < (this.tty ? 100 : this.plainEveryMs)) return;
    this.lastDraw = now;
    this.draw(done, now);
  }

  /** Ends the bar's line (a terminal) so that what follows starts on its own. */
  finish(done: number): void {
    if (!this.tty) return;
    this.draw(done, Date.now());
    this.stream.write('\n');
  }

  private draw(done: number, now: number): void {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = done / seconds;
    const unit = this.lang === 'zh' ? '个文件' : 'files';
    const perSecond = this.lang === 'zh' ? '个/秒' : '/s';
    if (this.tty) {
      const width = 30;
      const filled =
        this.total > 0 ? Math.round((done / this.total) * width) : 0;
      const bar = '#'.repeat(filled) + '.'.repeat(width - filled);
      this.stream.write(
        `\r[${bar}] ${fmt(done)}/${fmt(this.total)} ${unit} ${fmt(rate)}${perSecond}\x1b[K`,
      );
    } else {
      this.stream.write(
        `${this.lang === 'zh' ? '进度' : 'progress'} ${fmt(done)}/${fmt(this.total)} ${unit} ${fmt(rate)}${perSecond}\n`,
      );
    }
  }
}
