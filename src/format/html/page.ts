// One report as one self-contained HTML page: the original text with every
// mention highlighted, the headline figures beside it (a click scrolls to the
// figure), the outline and the warnings. No external scripts, styles or fonts,
// and a Content-Security-Policy that forbids loading any.
import type { Mention, Report, Section } from '../../model/schema.js';
import { figureParts, figureText } from '../figure.js';
import { headlineRows } from '../headline-rows.js';
import { escapeHtml } from './escape.js';
import { markedText } from './marked-text.js';
import { SCRIPT } from './script.js';
import { GROUPS, groupClass, STYLE } from './style.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** The page for `report`, whose offsets point into `source` (the decoded text). */
export function htmlPage(report: Report, source: string): string {
  const title = report.document.title ?? report.source.path ?? 'report';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="lawrep ${escapeHtml(report.lawrep.version)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
${metaList(report)}
</header>
<div class="layout">
<main><div class="source">${markedText(source, report.metrics, anchors(report.sections), { className: (m) => groupClass(m.indicator), title: markTitle })}</div></main>
<aside>
${figuresTable(report)}
${outline(report.sections)}
${warnings(report)}
${legend(report)}
</aside>
</div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function metaList(report: Report): string {
  const { agency, year, publishedAt, genre } = report.document;
  const facts: Array<[string, string | number | null]> = [
    ['agency', agency],
    ['year', year],
    ['published', publishedAt],
    ['genre', genre],
    ['source', report.source.path],
    ['lawrep', `${report.lawrep.version} · rules ${report.lawrep.rules}`],
  ];
  const items = facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${escapeHtml(v === null ? '—' : String(v))}</dd></div>`);
  return `<dl class="meta">${items.join('')}</dl>`;
}

function markTitle(m: Mention): string {
  return [`${m.label}: ${figureText(m)}`, m.subject, m.indicator, `line ${m.line}`].filter(Boolean).join(' · ');
}

function figuresTable(report: Report): string {
  const rows = headlineRows(report);
  const heading = `<h2>Headline figures <span class="kind">${rows.length} indicators, ${report.metrics.length} mentions</span></h2>`;
  if (rows.length === 0) return `<section class="figures">${heading}<p class="empty">No figures found.</p></section>`;
  const body = rows.map(({ index, value, mention }) => {
    const { amount, unit } = figureParts({ value, unit: mention.unit, bound: mention.bound });
    return (
      `<tr data-target="m-${index}"><td><span class="swatch ${groupClass(mention.indicator)}"></span>` +
      `<a href="#m-${index}">${escapeHtml(mention.label)}</a></td>` +
      `<td class="num">${escapeHtml(amount)}</td><td class="unit">${escapeHtml(unit)}</td><td class="num">${mention.line}</td></tr>`
    );
  });
  const head = '<thead><tr><th>indicator</th><th colspan="2">figure</th><th class="num">line</th></tr></thead>';
  return `<section class="figures">${heading}<table>${head}<tbody>${body.join('')}</tbody></table></section>`;
}

function outline(sections: Section[]): string {
  const list = (nodes: Section[]): string =>
    `<ol>${nodes
      .map(
        (s) =>
          `<li><a href="#${escapeHtml(sectionAnchor(s))}">${escapeHtml(s.marker + s.title)}</a><span class="kind">${s.kind}</span>` +
          (s.children.length > 0 ? list(s.children) : '') +
          '</li>',
      )
      .join('')}</ol>`;
  const body = sections.length > 0 ? list(sections) : '<p class="empty">No sections found.</p>';
  return `<section class="outline"><h2>Outline</h2>${body}</section>`;
}

function warnings(report: Report): string {
  if (report.warnings.length === 0) return '';
  const items = report.warnings.map((w) => `<li><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}</li>`);
  return `<section class="warnings"><h2>Warnings</h2><ul>${items.join('')}</ul></section>`;
}

/** Colours of the groups that occur in this report. */
function legend(report: Report): string {
  const present = new Set(report.metrics.map((m) => groupClass(m.indicator)));
  const groups = GROUPS.map((group, i) => ({ group, className: `g${i}` })).filter((g) => present.has(g.className));
  if (groups.length === 0) return '';
  const items = groups.map((g) => `<span><span class="swatch ${g.className}"></span>${escapeHtml(g.group)}</span>`);
  return `<section><h2>Colours</h2><div class="legend">${items.join('')}</div></section>`;
}

function sectionAnchor(s: Section): string {
  return `s-${s.id}`;
}

function anchors(sections: Section[]): Array<{ at: number; id: string }> {
  return sections.flatMap((s) => [{ at: s.start, id: sectionAnchor(s) }, ...anchors(s.children)]);
}
