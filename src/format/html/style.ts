// The page's style sheet, inline (the page must work offline, alone), and one
// highlight colour per indicator group, in catalogue order.
import { INDICATOR_IDS } from '../../indicators/catalogue.js';

/** Soft colours that keep black text readable; one per group, repeated only past sixteen groups. */
const PALETTE = [
  '#ffe08a', '#b9e7b9', '#a9d8ff', '#ffc6c6', '#e1caff', '#ffd3a8', '#c3efe4', '#f3c9e2',
  '#d9eaa6', '#c9d1ff', '#f5dfb0', '#aee3cf', '#e9d2c2', '#d5d5d5', '#ffb3d9', '#bfe9ff',
] as const;

/** Ids are `group.name`. */
export function groupOf(indicator: string): string {
  return indicator.split('.')[0] ?? indicator;
}

/** Groups in catalogue order. */
export const GROUPS: readonly string[] = [...new Set(INDICATOR_IDS.map(groupOf))];

/** Class of an indicator's group: g0, g1, … by catalogue order; g-other for an id the catalogue lacks. */
export function groupClass(indicator: string): string {
  const at = GROUPS.indexOf(groupOf(indicator));
  return at < 0 ? 'g-other' : `g${at}`;
}

const groupRules = GROUPS.map((_, i) => `.g${i}{background:${PALETTE[i % PALETTE.length]}}`).join('\n');

export const STYLE = `
:root{color-scheme:light;--line:#d9d9d9;--muted:#666}
*{box-sizing:border-box}
body{margin:0;font:15px/1.7 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1d1d1d;background:#fafafa}
header{padding:1rem 1.5rem;border-bottom:1px solid var(--line);background:#fff}
h1{font-size:1.3rem;margin:0 0 .4rem}
h2{font-size:.95rem;margin:1.2rem 0 .4rem;color:#333}
.meta{display:flex;flex-wrap:wrap;gap:.3rem 1.5rem;margin:0;color:var(--muted);font-size:.85rem}
.meta div{display:flex;gap:.4rem}.meta dt{font-weight:600}.meta dd{margin:0}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 27rem;align-items:start}
main{padding:1rem 1.5rem;min-width:0}
.source{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid var(--line);border-radius:6px;padding:1rem 1.25rem;margin:0}
mark{border-radius:3px;padding:0 1px;color:inherit;cursor:help}
mark mark{outline:1px solid #0006}
mark.flash{animation:flash 1.6s ease-out}
@keyframes flash{0%,40%{box-shadow:0 0 0 4px #e8590c}100%{box-shadow:0 0 0 0 #e8590c00}}
.g-other{background:#eee}
${groupRules}
aside{position:sticky;top:0;height:100vh;overflow:auto;padding:0 1.25rem 1rem;border-left:1px solid var(--line);background:#fff;font-size:.9rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.2rem .4rem;border-bottom:1px solid #eee;vertical-align:top}
th{font-weight:600;color:var(--muted);font-size:.8rem}
td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}td.num{padding-right:.15rem}td.unit{padding-left:.15rem;white-space:nowrap}
tr[data-target]{cursor:pointer}tr[data-target]:hover{background:#f2f6ff}
tr[data-target] a{color:inherit;text-decoration:none}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.35em;vertical-align:-.05em}
.outline ol{list-style:none;padding-left:1rem;margin:0}.outline>ol{padding-left:0}
.outline a{color:#1a4fa0;text-decoration:none}.outline a:hover{text-decoration:underline}
.kind{color:var(--muted);font-size:.75rem;margin-left:.4em}
.warnings li{color:#8a5300}
.legend{display:flex;flex-wrap:wrap;gap:.2rem .8rem;font-size:.8rem;color:var(--muted)}
.empty{color:var(--muted)}
@media (max-width:900px){.layout{grid-template-columns:1fr}aside{position:static;max-height:none;border-left:0}}
`;
