// One language (issue 12.3): in a Chinese browser every text the panel shows — visible text,
// tooltips, placeholders, aria labels — is Chinese; English words only from an allow-list (names
// and data: Token, EncodingAESKey, URL, IP, ID, EC, JSON, CSV, key names, URLs and hosts).
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { createHash, detailHash, panel, reportStatus } from './panel-helpers';
import { pasteFor } from './journey-walk';
import type { Page } from '@playwright/test';

const ALLOW = new Set(['Token', 'EncodingAESKey', 'URL', 'IP', 'ID', 'EC', 'JSON', 'CSV', 'Alt', 'Shift', 'Ctrl', 'Enter', 'Esc', 'https', 'http', 'WeCom']);

/** Every text our in-page UI shows (visible text nodes, tooltips, placeholders, aria labels). */
function ourTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const host of Array.from(document.querySelectorAll('*'))) {
      const root = (host as Element).shadowRoot;
      if (!root || !/^ec-/.test(host.tagName.toLowerCase())) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('style, textarea')) continue;
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) out.push(n.nodeValue ?? '');
      }
      for (const el of Array.from(root.querySelectorAll('[title], [placeholder], [aria-label]'))) {
        for (const a of ['title', 'placeholder', 'aria-label']) if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
      }
    }
    return out;
  });
}

async function englishWords(page: Page): Promise<string[]> {
  const texts = await ourTexts(page);
  const words: string[] = [];
  for (const t of texts) {
    const cleaned = t.replace(/https?:\/\/\S+/g, ' ').replace(/\b[\w-]+(\.[\w-]+)+\b/g, ' ').replace(/\bww[0-9a-f]{6,}\b/gi, ' ').replace(/\bau\d+\b/g, ' ');
    for (const w of cleaned.match(/[A-Za-z]{2,}/g) ?? []) if (!ALLOW.has(w)) words.push(w);
  }
  return [...new Set(words)];
}

test('the panel speaks Chinese only in a Chinese browser: wizard with a report and an error, app detail with the 权限 dialog, template page', async ({ page }) => {
  await openRoute(page, createHash({ corpName: '归云庄', appid: 'dkL1' }), ['page2']);
  const p = panel(page);
  await p.input.fill('应用主页: http://evil.example.com/x');
  await expect(p.error).toBeVisible();
  expect(await englishWords(page)).toEqual([]);
  await p.input.fill(pasteFor('归云庄'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  expect(await englishWords(page)).toEqual([]);

  await openRoute(page, detailHash('dkL1'));
  await page.locator('.detail_row').filter({ hasText: '成员基本信息、成员敏感信息' }).getByText('编辑').click();
  await expect(page.getByTestId('ec-check-all-permissions')).toBeVisible();
  expect(await englishWords(page)).toEqual([]);

  await openRoute(page, '/sass/customApp/tpl/info?id=wwsuite01');
  await p.input.fill(pasteFor('桃花岛'));
  await expect(page.getByTestId('ec-paste-customer')).toBeVisible();
  expect(await englishWords(page)).toEqual([]);
});

test.describe('an English browser', () => {
  test.use({ browserLang: 'en-US' });
  test('the panel speaks English: Chinese only where it names the page’s own words (labels, buttons, customer names)', async ({ page }) => {
    const chineseOfOurs = async () => {
      const ours = await ourTexts(page);
      const pageText = await page.evaluate(() => document.getElementById('app')?.textContent ?? '');
      const runs = ours.flatMap((t) => t.match(/[\u4e00-\u9fff]+/g) ?? []);
      // the page's own words may appear as they are; bundle data (menu names, the chat header) too, and
      // the names on the EC backend's own page the customer admin copies from (生成配置 → 复制)
      const data = '批量加减企信客户归云庄陆乘风将以下链接发送给的实施人员应用主页可信域名生成配置复制应用互联自建应用安装自建应用扫码授权';
      return [...new Set(runs.filter((r) => !pageText.includes(r) && !data.includes(r)))];
    };
    await openRoute(page, createHash({ corpName: '归云庄', appid: 'dkL2' }), ['page2']);
    const p = panel(page);
    await expect(page.getByTestId('ec-panel')).toContainText('EC Provider Backend Assistant');
    await expect(p.fill).toHaveText('Fill');
    await p.input.fill('应用主页: http://evil.example.com/x');
    await expect(p.error).toBeVisible();
    expect(await chineseOfOurs()).toEqual([]);
    await p.input.fill(pasteFor('归云庄'));
    await p.fill.click();
    expect(await reportStatus(page)).toBe('filled');
    await expect(p.report).toContainText(/Filled and verified/);
    expect(await chineseOfOurs()).toEqual([]);
  });
});
