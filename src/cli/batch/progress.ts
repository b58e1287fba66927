// Progress of a batch on standard error: a one-line bar redrawn with \r on a
// terminal (nothing elsewhere), and a summary line at the end.
import type { CliIO } from '../io.js';
import type { Messages } from '../messages.js';

export interface Tally {
  extracted: number;
  kept: number;
  failed: number;
}

const REDRAW_MS = 100;

export class Progress {
  readonly tally: Tally = { extracted: 0, kept: 0, failed: 0 };
  private readonly started = performance.now();
  private drawnAt = 0;
  private drawnWidth = 0;

  constructor(
    private readonly io: CliIO,
    private readonly say: Messages,
    /** Number of inputs, or null when unknown (JSON Lines read from a stream). */
    private readonly total: number | null,
    private readonly verbose: boolean,
  ) {}

  /** Count one batch of results and redraw at most every REDRAW_MS. */
  add(extracted: number, kept: number, failed: number): void {
    this.tally.extracted += extracted;
    this.tally.kept += kept;
    this.tally.failed += failed;
    const now = performance.now();
    if (this.io.stderrIsTTY && now - this.drawnAt >= REDRAW_MS) {
      this.drawnAt = now;
      this.draw(this.bar(now));
    }
  }

  /** A message for people, printed above the bar. */
  warn(text: string): void {
    this.draw('');
    this.say.warn(text);
  }

  finish(): void {
    this.draw('');
    if (!this.io.stderrIsTTY && !this.verbose) return;
    const { extracted, kept, failed } = this.tally;
    const seconds = (performance.now() - this.started) / 1000;
    const parts = [`${extracted} extracted`, ...(kept > 0 ? [`${kept} kept from the previous output`] : []), `${failed} failed`];
    const rate = `${Math.round((extracted + failed) / Math.max(seconds, 1e-3))} reports/s`;
    const memory = this.verbose ? `, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB` : '';
    const line = `lawrep: ${parts.join(', ')} in ${seconds.toFixed(1)} s (${rate}${memory})`;
    this.say.info(failed > 0 ? this.say.colour.yellow(line) : line);
  }

  private bar(now: number): string {
    const { extracted, kept, failed } = this.tally;
    const done = extracted + kept + failed;
    const seconds = (now - this.started) / 1000;
    const rate = (extracted + failed) / Math.max(seconds, 1e-3);
    const parts = [this.total === null ? `${done}` : `${done}/${this.total} ${percent(done, this.total)}`, `${Math.round(rate)} reports/s`];
    if (this.total !== null && rate > 0) parts.push(`ETA ${clock((this.total - done) / rate)}`);
    if (failed > 0) parts.push(this.say.colour.red(`${failed} failed`));
    return `lawrep: ${parts.join('  ')}`;
  }

  private draw(text: string): void {
    if (!this.io.stderrIsTTY || (text === '' && this.drawnWidth === 0)) return;
    // Spaces rather than an erase escape: the line stays plain text under NO_COLOR.
    this.io.stderr.write(`\r${text.padEnd(this.drawnWidth)}${text === '' ? '\r' : ''}`);
    this.drawnWidth = text === '' ? 0 : text.length;
  }
}

function percent(done: number, total: number): string {
  return `${total === 0 ? 100 : Math.floor((100 * done) / total)}%`;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const hours = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(hours > 0 ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}
