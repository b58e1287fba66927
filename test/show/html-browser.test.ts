// The HTML page in a real browser: every mention is highlighted with exactly
// its text, a click on a headline row brings its mark into view, nothing is
// loaded from outside. Runs Debian's Chromium; skipped only outside CI when it is absent.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { htmlPage } from '../../src/format/html/page.js';
import type { Report } from '../../src/model/schema.js';
import { makeReport, section } from '../format/make-report.js';
import { SEEDS, tempDir } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const runs = existsSync(CHROMIUM) || Boolean(process.env.CI);

/** A long report: figures at the top and the bottom, so that the bottom one starts out of view. */
function handMade(): { report: Report; source: string } {
  const filler = Array.from({ length: 120 }, (_, i) => `第${i + 1}段：持续推进依法行政，提升治理能力。`).join('\n');
  const source = [
    '某局<关于>2024年法治政府建设情况的报告 & 附件',
    '一、主要工作',
    '古字𠀋𠀋之后：全年办理行政处罚案件37宗，罚款',
    '4.52万元；"<script>"不是标记。',
    filler,
    '二、下一步工作',
    '接待信访人397人次，化解信访积案12件。',
  ].join('\n');
  const cp = (text: string) => Array.from(source.slice(0, source.indexOf(text))).length;
  const report = makeReport(
    source,
    [
      { indicator: 'penalty.cases', label: '行政处罚案件', text: '行政处罚案件37宗', value: 37, unit: '宗', section: '1' },
      { indicator: 'penalty.cases', label: '行政处罚案件', text: '37宗', value: 37, unit: '宗', section: '1' },
      { indicator: 'penalty.fines_yuan', label: '罚款金额', text: '罚款\n4.52万元', value: 45200, unit: '万元', section: '1' },
      { indicator: 'petition.visitors', label: '信访人次', text: '接待信访人397人次', value: 397, unit: '人次', section: '2' },
      { indicator: 'petition.resolved', label: '信访办结', text: '化解信访积案12件', value: 12, unit: '件', section: '2' },
    ],
    {
      sections: [section('1', '一、', '主要工作', 'measures', cp('一、'), cp('二、')), section('2', '二、', '下一步工作', 'plans', cp('二、'), Array.from(source).length)],
      warnings: [{ code: 'no-date', message: '没有找到<发布日期>' }],
    },
  );
  return { report, source };
}

function seed(): { report: Report; source: string } {
  const source = readFileSync(join(SEEDS, '000_75cbe675a13a2971.txt'), 'utf8');
  const report = extract(source);
  if ('error' in report) throw new Error(report.error.message);
  return { report, source };
}

describe.skipIf(!runs)('the HTML page in Chromium', { timeout: 30_000 }, () => {
  let browser: Browser;
  const dir = tempDir('lawrep-html-');

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(name: string, { report, source }: { report: Report; source: string }): Promise<{ page: Page; requests: string[] }> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, htmlPage(report, source));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    return { page, requests };
  }

  /** The text of each mention's mark(s), by mention index. */
  async function markTexts(page: Page): Promise<Record<string, string>> {
    return page.evaluate(() => {
      const texts: Record<string, string> = {};
      for (const mark of document.querySelectorAll<HTMLElement>('mark[data-mention]')) {
        const i = mark.dataset.mention ?? '';
        // A nested mark's text belongs to its parent too; count each mark's own fragments once.
        texts[i] = (texts[i] ?? '') + (mark.textContent ?? '');
      }
      return texts;
    });
  }

  async function inView(page: Page, id: string): Promise<boolean> {
    return page.evaluate((markId) => {
      const box = document.getElementById(markId)?.getBoundingClientRect();
      return box !== undefined && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    }, id);
  }

  it('marks every mention of a hand-made report with exactly its text, escaping the rest', async () => {
    const doc = handMade();
    const { page, requests } = await open('hand-made', doc);
    expect(await markTexts(page)).toEqual(Object.fromEntries(doc.report.metrics.map((m, i) => [String(i), m.text])));
    expect(await page.locator('mark#m-1').evaluate((m) => m.parentElement?.id)).toBe('m-0'); // 37宗 nested in its sentence
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('.source').textContent()).toBe(doc.source);
    expect(await page.locator('.warnings').textContent()).toContain('没有找到<发布日期>');
    expect(await page.locator('mark#m-3').getAttribute('title')).toBe('信访人次: 397 人次 · petition.visitors · line 126');
    expect(requests).toEqual([page.url()]);
    await page.close();
  });

  it('scrolls a mark into view when its headline row is clicked', async () => {
    const { page } = await open('scroll', handMade());
    expect(await inView(page, 'm-3')).toBe(false);
    await page.locator('tr[data-target="m-3"]').click();
    expect(await inView(page, 'm-3')).toBe(true);
    await page.locator('tr[data-target="m-0"]').click();
    expect(await inView(page, 'm-0')).toBe(true);
    expect(await inView(page, 'm-3')).toBe(false);
    await page.close();
  });

  it('shows a seed with its marks, outline and figures; screenshot for people to judge', async () => {
    const doc = seed();
    const { page, requests } = await open('seed', doc);
    expect(await markTexts(page)).toEqual(Object.fromEntries(doc.report.metrics.map((m, i) => [String(i), m.text])));
    const headline = Object.values(doc.report.headline);
    expect(await page.locator('tr[data-target]').count()).toBe(headline.length);
    const last = headline.at(-1);
    if (last !== undefined) {
      await page.locator(`tr[data-target="m-${last.mention}"]`).click();
      expect(await inView(page, `m-${last.mention}`)).toBe(true);
    }
    expect(await page.locator('.outline a').count()).toBeGreaterThanOrEqual(doc.report.sections.length);
    for (const s of doc.report.sections) expect(await page.locator(`[id="s-${s.id}"]`).count()).toBe(1);
    const shot = join(dir, 'seed.png');
    await page.screenshot({ path: shot });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    console.log(`screenshot: ${shot}`);
    expect(requests).toEqual([page.url()]);
    await page.close();
  });
});
