// The `confirm` policy on the alternative replica (pages-alt/app-callback.js): 回调配置 → 编辑 in a card
// header, 随机获取 in an Element-UI input group's append slot (click) and as a span acting on pointerdown.
// No false positives: other cards' 编辑 / 设置 / 修改, typing into Token / EncodingAESKey.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { auditSummary, replica } from './guard-helpers';
import { ALT_APP, calls, confirmDialog, expectUsable } from './alt-guard-helpers';

test.use({ replicaPages: 'pages-alt' });

test('回调配置 → 编辑: cancel, Esc, stray and composing Enter leave the page untouched; the phrase lets exactly one click through', async ({ page, extPage }) => {
  await openRoute(page, ALT_APP);
  const edit = page.locator('.card__header', { hasText: '回调配置' }).getByText('编辑');
  const dialog = page.getByTestId('ec-guard-dialog');
  const input = page.getByTestId('ec-guard-input');

  await edit.click();
  await expectUsable(page, dialog);
  await expect(dialog).toHaveAttribute('data-action', 'edit-callback');
  await expect(page.getByTestId('ec-guard-confirm')).toBeDisabled();
  await page.getByTestId('ec-guard-cancel').click();
  await expect(dialog).toHaveCount(0);

  await edit.locator('i').click({ force: true, position: { x: 0, y: 0 } }).catch(() => edit.click());
  await expect(input).toBeFocused();
  await page.keyboard.press('Enter'); // empty input: a stray Enter does nothing
  await expect(dialog).toBeVisible();
  // Enter while an IME composes (isComposing) does not accept, even with the phrase typed.
  const phrase = (await page.getByTestId('ec-guard-phrase').textContent())!.trim();
  await input.fill(phrase);
  await input.evaluate((el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, composed: true, cancelable: true })));
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await calls(page, 'alt.cb.edit')).toEqual([0]);

  // Keyboard: Enter on the focused 编辑 opens the question (one gesture: keydown … keyup).
  await edit.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await confirmDialog(page);
  await expect.poll(async () => (await calls(page, 'alt.cb.edit'))[0]).toBe(1);
  await expect(page.getByText('随机获取')).toHaveCount(2); // the editor opened, once

  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(['edit-callback:confirmed', 'edit-callback:cancelled', 'edit-callback:cancelled']);
  await expect(options.getByTestId('audit-row').first()).toContainText('桃花岛');
  expect(await calls(page, 'alt.cb.edit')).toEqual([1]);
});

test('随机获取 in an input group (click) and as a pointerdown span: one request per confirmation; typing in the fields is never guarded', async ({ page, extPage }) => {
  await openRoute(page, ALT_APP, ['editing']);
  const tokenItem = page.locator('.el-form-item', { hasText: 'Token' });
  const aesItem = page.locator('.el-form-item', { hasText: 'EncodingAESKey' });
  const dialog = page.getByTestId('ec-guard-dialog');

  // Typing into Token / EncodingAESKey (click, type, Enter, Space) is the user's own business.
  await tokenItem.locator('input').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' x');
  await page.keyboard.press('Enter');
  await aesItem.locator('input').click();
  await page.keyboard.press('End');
  await page.keyboard.type('y');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('ec-guard-notice')).toHaveCount(0);
  await expect(tokenItem.locator('input')).toHaveValue(/x$/);
  await expect(aesItem.locator('input')).toHaveValue(/y$/);

  // Token's 随机获取, by keyboard: Enter → question → phrase → exactly one request.
  await tokenItem.getByRole('button', { name: '随机获取' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveAttribute('data-action', 'regenerate-secret');
  await confirmDialog(page);
  await expect.poll(async () => (await calls(page, 'alt.cb.randomToken'))[0]).toBe(1);

  // EncodingAESKey's 随机获取 (acts on pointerdown): cancel → nothing; confirm → one.
  await aesItem.getByText('随机获取').click();
  await expect(dialog).toHaveAttribute('data-action', 'regenerate-secret');
  await page.getByTestId('ec-guard-cancel').click();
  expect(await calls(page, 'alt.cb.randomAes')).toEqual([0]);
  await aesItem.getByText('随机获取').click();
  await confirmDialog(page);
  await expect.poll(async () => (await calls(page, 'alt.cb.randomAes'))[0]).toBe(1);
  const r = await replica(page);
  expect(r.requests.filter((q) => q.url.includes('randomToken'))).toHaveLength(2);
  expect(await calls(page, 'alt.cb.randomToken', 'alt.cb.randomAes')).toEqual([1, 1]);

  // Saving the callback editor is not guarded.
  await page.getByRole('button', { name: '保存' }).click();
  expect(await calls(page, 'alt.cb.save')).toEqual([1]);

  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(['regenerate-secret:confirmed', 'regenerate-secret:cancelled', 'regenerate-secret:confirmed']);
  await expect(options.getByTestId('audit-row').last()).toContainText('Token');
  await expect(options.getByTestId('audit-row').first()).toContainText('EncodingAESKey');
  await expect(options.getByTestId('audit-row').first()).not.toContainText('tplAesKey');
});

test('other cards’ 编辑 / 设置 / 修改 (click, mousedown, pointerdown, mouseup) are never guarded', async ({ page, extPage }) => {
  await openRoute(page, ALT_APP);
  const op = (title: string, text: string) => page.locator('.app-card', { has: page.locator('.card__header span', { hasText: new RegExp(`^${title}$`) }) }).getByText(text, { exact: true });
  await op('基本信息', '编辑').click();
  await op('权限', '编辑').click();
  await op('使用配置', '编辑').click();
  await op('使用配置', '修改').click();
  await op('可见范围', '编辑').click();
  await op('审批接口', '设置').click();
  await op('自定义菜单', '设置').click();
  await op('自定义菜单', '设置').focus();
  await page.keyboard.press('Enter'); // keyboard too
  await expect(page.getByTestId('ec-guard-dialog')).toHaveCount(0);
  await expect(page.getByTestId('ec-guard-notice')).toHaveCount(0);
  expect(await calls(page, 'alt.app.basicEdit', 'alt.app.permEdit', 'alt.app.useEdit', 'alt.app.homeEdit', 'alt.app.scopeEdit', 'alt.app.approvalSet', 'alt.app.menuSet'))
    .toEqual([1, 1, 1, 1, 1, 1, 2]);
  const options = await extPage('options.html');
  await expect(options.getByTestId('audit-empty')).toBeVisible();
});
