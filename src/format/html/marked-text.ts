// The source text as HTML with every mention inside a <mark>, and empty anchors
// where sections start. Offsets are code points. Mentions may nest (a mark inside
// a mark); when two cross, the later one is closed and reopened around the
// boundary, so each mention is one mark or, rarely, several with the same data-mention.
import type { Mention } from '../../model/schema.js';
import { escapeHtml } from './escape.js';

export interface Anchor {
  /** Code-point offset. */
  at: number;
  id: string;
}

export interface MarkStyle {
  /** Class attribute of the mark (its colour). */
  className(mention: Mention): string;
  /** Hover text. */
  title(mention: Mention, index: number): string;
}

interface Span {
  index: number;
  mention: Mention;
  start: number;
  end: number;
}

export function markedText(source: string, mentions: readonly Mention[], anchors: readonly Anchor[], style: MarkStyle): string {
  const codePoints = Array.from(source);
  const clamp = (n: number) => Math.min(Math.max(n, 0), codePoints.length);
  const spans: Span[] = mentions.map((m, index) => ({ index, mention: m, start: clamp(m.start), end: Math.max(clamp(m.end), clamp(m.start)) }));
  // Outer marks open first: earlier start, then longer.
  const opening = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  const stops = [...new Set([0, codePoints.length, ...spans.flatMap((s) => [s.start, s.end]), ...anchors.map((a) => clamp(a.at))])].sort(
    (a, b) => a - b,
  );

  const open = (span: Span, first: boolean) =>
    `<mark${first ? ` id="m-${span.index}"` : ''} data-mention="${span.index}" class="${escapeHtml(style.className(span.mention))}"` +
    ` title="${escapeHtml(style.title(span.mention, span.index))}">`;

  const anchorsAt = new Map<number, string[]>();
  for (const a of anchors) anchorsAt.set(clamp(a.at), [...(anchorsAt.get(clamp(a.at)) ?? []), a.id]);

  const out: string[] = [];
  const stack: Span[] = [];
  let next = 0; // next span of `opening` to open
  for (let i = 0; i < stops.length; i++) {
    const at = stops[i] ?? 0;
    closeEndingAt(at);
    for (const id of anchorsAt.get(at) ?? []) out.push(`<a class="anchor" id="${escapeHtml(id)}"></a>`);
    for (let span = opening[next]; span !== undefined && span.start === at; span = opening[++next]) {
      out.push(open(span, true));
      if (span.end === at) out.push('</mark>');
      else stack.push(span);
    }
    const until = stops[i + 1];
    if (until !== undefined) out.push(escapeHtml(codePoints.slice(at, until).join('')));
  }
  return out.join('');

  /** Closes every open mark that ends here; marks opened inside a closing one are closed and reopened after it. */
  function closeEndingAt(at: number): void {
    if (!stack.some((s) => s.end === at)) return;
    const reopen: Span[] = [];
    while (stack.some((s) => s.end === at)) {
      const top = stack.pop();
      if (top === undefined) break;
      out.push('</mark>');
      if (top.end !== at) reopen.unshift(top);
    }
    for (const span of reopen) {
      out.push(open(span, false));
      stack.push(span);
    }
  }
}
