// The panel on the custom-menu editor: preview, fill (address revealed after the type choice),
// existing menus, the editor's limit, overwrite with fill-anyway, undo, 保存 → menus.saved (1e).
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { panel, sample, reportStatus, rowResults, completeWizard, stepsOf, menuHash, menuState, CORP_A, HOME_A } from './panel-helpers';

const MENU2 = `${HOME_A}&redirect=wxwork`;
const extra = (name: string, q: string) => `${name}: ${HOME_A}&redirect=${q}`;

test('after 完成 the stored bundle fills the menu editor without a second paste; 保存 marks 1e done', async ({ page, extPage }) => {
  await completeWizard(page, { corpName: '桃花岛', appid: 'dk100001' });
  const ext = await extPage('popup.html');
  await page.bringToFront(); // keep the replica tab the visible one (hidden tabs get throttled timers)
  await expect.poll(() => stepsOf(ext, CORP_A)).toMatchObject({ '1a': 'done', '1b': 'done' });

  await openRoute(page, menuHash('dk100001')); // a fresh load: the paste box is empty
  const p = panel(page);
  await expect(p.root).toBeVisible();
  await expect(p.input).toHaveValue('');
  await expect(page.getByTestId('ec-stored-bundle')).toContainText('桃花岛');
  await expect(p.fill).toHaveText(/填写菜单|Fill menus/);
  await expect(page.getByTestId('ec-preview')).toContainText('批量加减');
  await expect(page.getByTestId('ec-preview')).toContainText('企信客户');
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  expect(await rowResults(page)).toEqual({ 'menu-1': 'filled', 'menu-2': 'filled' });
  const m = await menuState(page);
  expect(m.menus.map((x) => [x.name, x.type, x.url])).toEqual([['批量加减', 'view', HOME_A], ['企信客户', 'view', MENU2]]);
  expect(m.decoy).toEqual({ name: '', url: '' });
  expect((await stepsOf(ext, CORP_A))['1e']).not.toBe('done'); // not saved yet

  await page.getByText('保存', { exact: true }).click();
  await expect(page.getByText('保存成功')).toBeVisible();
  await expect.poll(() => stepsOf(ext, CORP_A)).toMatchObject({ '1e': 'done' });
  await expect(page.getByTestId('ec-notice').filter({ hasText: /1e/ })).toBeVisible();
});

test('an identical existing menu is not added twice; lines beyond 3 fail; long names are warned about first; undo removes what was added', async ({ page }) => {
  await openRoute(page, menuHash('dk100001'), ['existing']);
  const p = panel(page);
  await expect(p.root).toBeVisible();
  const text = [sample('valid-plain.txt').trim(), extra('客户画像分析中心', 'a'), extra('商机', 'b')].join('\n');
  await p.input.fill(text);
  // the warning names the long menu before anything is filled
  await expect(page.getByTestId('ec-menu-warnings')).toContainText('客户画像分析中心');
  await expect(page.getByTestId('ec-preview')).toContainText('商机');
  expect((await menuState(page)).menus).toHaveLength(1);

  await p.fill.click();
  expect(await reportStatus(page)).toBe('partial');
  const rows = await rowResults(page);
  expect(rows['menu-1']).toBe('unchanged');
  expect(rows['menu-2']).toBe('filled');
  expect(['filled', 'failed']).toContain(rows['menu-3']);
  expect(rows['menu-4']).toBe('failed');
  const m = await menuState(page);
  expect(m.menus.filter((x) => x.name === '批量加减')).toHaveLength(1);
  expect(m.menus).toHaveLength(3);
  expect(m.menus.map((x) => x.name)).not.toContain('商机');

  await p.undo.click();
  await page.locator('[data-testid="ec-fill-report"][data-kind="undo"][data-status]').waitFor();
  const after = await menuState(page);
  expect(after.menus.map((x) => [x.name, x.url])).toEqual([['批量加减', HOME_A]]);
});

test('a different existing menu refuses the fill until 仍然填写 overwrites it', async ({ page }) => {
  await openRoute(page, menuHash('dk100001'), ['other-existing']);
  const p = panel(page);
  await expect(p.root).toBeVisible();
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('refused');
  await expect(p.error).toBeVisible();
  await expect(p.error).toContainText('官网');
  expect((await menuState(page)).menus.map((x) => x.name)).toEqual(['官网']);
  await expect(p.anyway).toBeVisible();
  await p.anyway.click();
  expect(await reportStatus(page)).toBe('filled');
  expect((await menuState(page)).menus.map((x) => x.name)).toEqual(['批量加减', '企信客户']);
});

test('a bundle without menu lines and an unusable paste are refused on the editor', async ({ page }) => {
  await openRoute(page, menuHash('dk100002'), ['allatonce']);
  const p = panel(page);
  await expect(p.root).toBeVisible();
  await p.input.fill(sample('invalid-mixed-corp.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('refused');
  await expect(p.error).toBeVisible();
  await p.input.fill(`应用主页: ${HOME_A}\n可信域名: html.workec.com`);
  await p.fill.click();
  expect(await reportStatus(page)).toBe('refused');
  await expect(p.error).toBeVisible();
  expect((await menuState(page)).menus).toHaveLength(0);
  // the incomplete sample (menus only) is fine here
  await p.input.fill(sample('incomplete-no-homepage.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  expect((await menuState(page)).menus.map((x) => x.name)).toEqual(['批量加减', '企信客户']);
});
