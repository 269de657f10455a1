// Helpers for the panel e2e specs: open replica pages, read the repo's samples (tests/fixtures), talk to the
// background from an extension page (the service worker cannot message itself).
import { send } from './messages';
import type { Page, Locator } from '@playwright/test';
import { openRoute } from './replica-server';
import { PLAIN, sample } from '../fixtures/bundles';
export { SAMPLES, sample, sampleNames, expected, validSample } from '../fixtures/bundles';

export const CORP_A = PLAIN.corpId; // valid-plain.txt
export const HOME_A = PLAIN.homepage!;
export const CALLBACK = 'https://callback-develop.workec.com/v10/weixin/cp/callback/command/any/3';

export function createHash(o: { corpName?: string; appid?: string; suiteid?: string } = {}): string {
  const q = new URLSearchParams({ suiteid: o.suiteid ?? 'wwsuite01', appid: o.appid ?? 'dk01', corpName: o.corpName ?? '桃花岛' });
  return `/sass/customApp/app/create?${q.toString()}`;
}

/** Open 开始代开发应用 (page 2 directly unless `page1`), with replica flags. */
export async function openCreate(page: Page, flags: string[] = [], o: { corpName?: string; appid?: string; page1?: boolean } = {}): Promise<void> {
  await openRoute(page, createHash(o), o.page1 ? flags : ['page2', ...flags]);
}

export function panel(page: Page) {
  const root = page.getByTestId('ec-panel');
  return {
    root,
    input: page.getByTestId('ec-bundle-input'),
    fill: page.getByTestId('ec-fill'),
    report: page.getByTestId('ec-fill-report'),
    error: page.getByTestId('ec-error'),
    undo: page.getByTestId('ec-undo'),
    anyway: page.getByTestId('ec-fill-anyway'),
    row: (field: string): Locator => page.getByTestId('ec-fill-report').locator(`[data-field="${field}"][data-result]`),
  };
}

/** Wait for the verified report and return its status. */
export async function reportStatus(page: Page): Promise<string> {
  const r = page.locator('[data-testid="ec-fill-report"][data-status]');
  await r.waitFor({ state: 'visible' });
  return (await r.getAttribute('data-status'))!;
}

export async function rowResults(page: Page): Promise<Record<string, string>> {
  await page.locator('[data-testid="ec-fill-report"][data-status]').waitFor();
  return page.getByTestId('ec-fill-report').locator('[data-field][data-result]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-field'), e.getAttribute('data-result')])));
}

export interface CreateState {
  form: { homepage: string; enterHomepage: boolean; domain: string; ip: string; callback: string; token: string; aes: string };
  decoy: { homepage: string; domain: string; enterHomepage: boolean; ip: string };
  state: { step: number; loaded: boolean; defaults: boolean; error: string };
}

export const createState = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as any).__replica.create)) as unknown) as Promise<CreateState>;
export const replicaLog = (page: Page) => page.evaluate(() => (window as any).__replica.log as unknown[]);
export const saved = (page: Page, key: string) => page.evaluate((k) => (window as any).__replica.saved[k] ?? null, key);

/** Send a message to the background from an extension page (popup), as the popup would. */
export const bg = send;

/** Fill 开始代开发应用 from a sample and press the page's 完成 (records wizard.completed). */
export async function completeWizard(page: Page, o: { corpName: string; appid: string; sample?: string; flags?: string[] }): Promise<void> {
  await openCreate(page, o.flags ?? [], { corpName: o.corpName, appid: o.appid });
  const p = panel(page);
  await p.input.fill(sample(o.sample ?? 'valid-plain.txt'));
  await p.fill.click();
  const status = await reportStatus(page);
  if (status !== 'filled') throw new Error(`wizard fill ${status}`);
  await page.locator('.wizard_page_dev').getByText('完成', { exact: true }).click();
  await page.waitForURL(/app\/detail/);
}

export async function stepsOf(ext: Page, corpId: string): Promise<Record<string, string>> {
  const r = await bg(ext, { type: 'customer.get', corpId });
  return Object.fromEntries((r.data?.steps ?? []).map((s: any) => [s.step, s.status]));
}

export const menuHash = (appid: string) => `/sass/customApp/app/detail/menu?suiteid=wwsuite01&appid=${appid}`;
export const detailHash = (appid: string) => `/sass/customApp/app/detail?suiteid=wwsuite01&appid=${appid}`;
export const menuState = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as any).__replica.menuEditor)) as { menus: { name: string; type: string; url: string }[]; state: any; decoy: any });

/**
 * A visible button-like control whose text is `word`, allowing the spaces UI kits insert ("确 定")
 * and an icon or sign beside it ("↻重置二维码", "+ 提交上线").
 */
export function control(scope: Page | Locator, word: string): Locator {
  const re = new RegExp(`^[^\\p{L}\\p{N}]*${[...word].join('\\s*')}[^\\p{L}\\p{N}]*$`, 'u');
  return scope.locator('button:visible, a:visible, [role="button"]:visible').filter({ hasText: re });
}
