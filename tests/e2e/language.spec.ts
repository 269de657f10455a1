// One language (issues 12.3 / 12.10) on the popup and the options page: in the Chinese browser the
// fixtures launch (--lang=zh-CN, locale zh-CN), every visible text, title attribute, placeholder and
// accessible label is Chinese — no English word beyond an allow-list of names Chinese software keeps
// (Token, EncodingAESKey, URL, IP, ID, EC, JSON, CSV …) and data (corp ids, URLs, host names, file names).
import type { Page } from '@playwright/test';
import { ok } from './messages';
import { test, expect } from './fixtures';
import { BUNDLE_OF } from './language-data';

const A = 'ww739fc538a1b2c3d4';
/** Owned by the guard engineer (components/options/GuardSettings.tsx, assets/locales/{zh_CN,en}/guard.json),
 *  whose branch rewrites its texts (阻止 (block) → 阻止, 拦截记录): left out here until that lands. */
const ELSEWHERE = '[aria-labelledby="guard-title"]';
const ALLOWED = new Set(['token', 'encodingaeskey', 'url', 'ip', 'id', 'ec', 'json', 'csv', 'https', 'http', 'excel', 'qxcorpid', 'secret', 'mb', 'wecom']);

/** Every text the user can see or hear: visible text nodes, title / placeholder / aria-label / alt. */
async function texts(p: Page): Promise<string[]> {
  return p.evaluate((elsewhere) => {
    const out: string[] = [document.title];
    const visible = (el: Element) => {
      const r = (el as HTMLElement).getBoundingClientRect?.();
      const cs = getComputedStyle(el);
      return !!r && r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const s = n.textContent?.trim();
      if (!s || !el || el.closest(`script,style,code,[data-testid=customer-corp-id],${elsewhere}`)) continue;
      if (visible(el)) out.push(s);
    }
    for (const el of document.querySelectorAll('[title],[placeholder],[aria-label],[alt],option')) {
      if (el.closest(elsewhere)) continue;
      for (const a of ['title', 'placeholder', 'aria-label', 'alt']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
      if (el.tagName === 'OPTION') out.push(el.textContent ?? '');
    }
    // inputs' own values are data, except buttons' captions
    for (const el of document.querySelectorAll('input[type=button],input[type=submit]')) out.push((el as HTMLInputElement).value);
    return out;
  }, ELSEWHERE);
}

/** English words left after removing data: URLs, host names, corp ids, file names and allowed names. */
function englishWords(list: string[]): string[] {
  const bad = new Set<string>();
  for (const raw of list) {
    const s = raw
      .replace(/https?:\/\/\S+/gi, ' ')
      .replace(/\b[\w-]+(?:\.[\w-]+)+\b/g, ' ') // hosts, file names, versions
      .replace(/\bw[a-z0-9]{5,40}\b/gi, (m) => (/\d/.test(m) ? ' ' : m)) // corp ids
      .replace(/\b(?:ec-helper|ww-suite-dev)[\w-]*/gi, ' ');
    for (const w of s.match(/[A-Za-z][A-Za-z'’]+/g) ?? []) if (!ALLOWED.has(w.toLowerCase())) bad.add(`${w}  ←  ${raw.slice(0, 80)}`);
  }
  return [...bad];
}

test('popup and options speak one language: Chinese in a Chinese browser', async ({ extPage }) => {
  const p = await extPage('popup.html');
  expect(await p.evaluate(() => navigator.language)).toMatch(/^zh/);
  await ok(p, { type: 'customer.create', corpId: A, name: '桃花岛', bundle: BUNDLE_OF(A) });
  await ok(p, { type: 'step.set', corpId: A, step: '2', status: 'blocked', source: 'user', note: '等待客户' });
  await p.reload();
  await expect(p.getByTestId('customer-row')).toHaveCount(1);
  const seen: string[] = [...(await texts(p))];
  await p.getByTestId('customer-row').first().click();
  await expect(p.getByTestId('step')).toHaveCount(13);
  seen.push(...(await texts(p)));
  await p.getByTestId('customer-delete').click();
  await expect(p.getByTestId('delete-confirm')).toBeVisible();
  seen.push(...(await texts(p)));
  await p.getByTestId('back').click();
  await p.getByTestId('add-customer').click();
  seen.push(...(await texts(p)));

  const o = await extPage('options.html');
  await expect(o.getByTestId('export-data')).toBeVisible();
  await o.getByTestId('retention-trim').click();
  seen.push(...(await texts(o)));

  expect(seen.length).toBeGreaterThan(40);
  expect(englishWords(seen)).toEqual([]);
  // Chinese punctuation in Chinese sentences: no ASCII colon or comma between two Chinese characters
  const halfWidth = seen.filter((s) => /[\u4e00-\u9fff][,:;!?]\s*[\u4e00-\u9fff]|[\u4e00-\u9fff]\(|\)[\u4e00-\u9fff]/.test(s));
  expect(halfWidth).toEqual([]);
});
