// @vitest-environment happy-dom
// utils/dom: the one text normaliser, the one URL canon and the one wait.
import { describe, it, expect } from 'vitest';
import { normText, squash, labelKey, controlKey, controlText } from '@/utils/dom/text';
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
