// @vitest-environment happy-dom
// utils/dom: the one text normaliser, the one URL canon and the one wait.
import { describe, it, expect } from 'vitest';
import { normText, squash, labelKey, controlKey, controlText, boundedText } from '@/utils/dom/text';
import { findLabelElements } from '@/utils/fill/dom';
import { ownText, visibleTextElements, findControlByWords } from '@/utils/page/visible';
import { canonicalUrl, canonicalDomain, sameUrl, sameDomain } from '@/utils/dom/url';
import { waitFor } from '@/utils/dom/wait';

describe('text', () => {
  it('normText: NFKC, no zero-width chars or icon glyphs, one space between words', () => {
    expect(normText('  ＡＢＣ\u200B　应用\u00A0\n主页\uE601 ')).toBe('ABC 应用 主页');
    expect(normText(null)).toBe('');
  });
  it('squash and controlText: no spaces at all ("确 定" is 确定)', () => {
    expect(squash(' 确 定 ')).toBe('确定');
    document.body.innerHTML = '<a class="ww_btn"><i>\uE601</i><span>完 成</span></a><input type="button" value=" 保 存 ">';
    expect(controlText(document.querySelector('span')!)).toBe('完成');
    expect(controlText(document.querySelector('input')!)).toBe('保存');
  });
  it('labelKey: a label without required marks, colons, help icons, "(选填)" or case', () => {
    expect(labelKey('* 应用主页（选填）：ⓘ')).toBe('应用主页');
    expect(labelKey('Token:')).toBe('token');
    expect(controlKey('＋ 添加主菜单')).toBe('添加主菜单');
  });
});

describe('boundedText (label look-ups stop reading long texts)', () => {
  it('is the whole text within the cap, null past it; blanks do not count; skipped tags are left out', () => {
    document.body.innerHTML = '<div id="a">  应用<b>主页</b>  <input value="x"><script>var s = 1</script> </div>';
    const a = document.getElementById('a')!;
    expect(boundedText(a, /^(INPUT|SCRIPT)$/)).toBe('  应用主页   ');
    expect(boundedText(a, /^(INPUT|SCRIPT)$/, 4)).toBe('  应用主页   ');
    expect(boundedText(a, /^(INPUT|SCRIPT)$/, 3)).toBeNull();
    expect(boundedText(a, /^INPUT$/, 4)).toBeNull(); // the script's text counts when not skipped
  });

  it('label, text and control look-ups find short texts inside a page of long ones, never a long text', () => {
    const long = '说明文字'.repeat(200);
    document.body.innerHTML = `<div id="root"><div><p>${long}</p><div><span id="l">应用主页：</span><input></div></div>
      <div><span id="btn" class="btn">确 定</span><p>${long}</p></div></div>`;
    expect(findLabelElements(document, ['应用主页']).map((e) => e.id)).toEqual(['l']);
    expect(visibleTextElements(document, (k) => k === '应用主页').map((e) => e.id)).toEqual(['l']);
    expect(findControlByWords(document, ['确定'])?.id).toBe('btn');
    expect(ownText(document.getElementById('root')!).length).toBeGreaterThan(1600); // ownText itself is whole
    // a label dressed in every marker labelKey drops still is one (the cap leaves room for them)
    document.body.innerHTML = `<div><p>${long}</p><label id="m"><i>*</i> 应用主页 <span>ⓘ</span>（选填）\u200b：</label></div>`;
    expect(findLabelElements(document, ['应用主页']).map((e) => e.id)).toEqual(['m']);
    // a text longer than any label is no label, even when it ends with one
    document.body.innerHTML = `<div id="x">${long}应用主页</div>`;
    expect(findLabelElements(document, ['应用主页'])).toEqual([]);
  });
});

describe('url', () => {
  it('canonicalUrl: what the URL parser prints, chat noise and spaces gone; the input when unparsable', () => {
    expect(canonicalUrl(' “https://A.Example.COM”。')).toBe('https://a.example.com/');
    expect(canonicalUrl('not a url')).toBe('not a url');
    expect(canonicalUrl(undefined)).toBe('');
    expect(sameUrl('https://a.example.com', 'HTTPS://A.EXAMPLE.COM/')).toBe(true);
    expect(sameUrl('https://a.example.com/x', 'https://a.example.com/y')).toBe(false);
  });
  it('canonicalDomain: a host without scheme, path, trailing dot or case', () => {
    expect(canonicalDomain('https://Shop.Example.com/path')).toBe('shop.example.com');
    expect(canonicalDomain('shop.example.com.')).toBe('shop.example.com');
    expect(sameDomain('A.com', 'a.com')).toBe(true);
    expect(sameDomain('a.com', 'b.com')).toBe(false);
  });
});

describe('waitFor', () => {
  it('answers as soon as a DOM change makes the predicate hold', async () => {
    document.body.innerHTML = '<div id="box"></div>';
    setTimeout(() => document.getElementById('box')!.insertAdjacentHTML('beforeend', '<b id="late">ok</b>'), 30);
    const el = await waitFor(() => document.getElementById('late'), { doc: document, timeout: 2000 });
    expect(el?.textContent).toBe('ok');
  });
  it('gives null after the timeout, and at once when the signal aborts', async () => {
    document.body.innerHTML = '';
    expect(await waitFor(() => document.getElementById('never'), { timeout: 150 })).toBeNull();
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 20);
    // (without the abort this would outlast the test's own time limit)
    expect(await waitFor(() => document.getElementById('never'), { timeout: 60000, signal: ac.signal })).toBeNull();
  });
});
