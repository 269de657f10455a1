import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { freshDb } from '../fakes';
import { createRouter } from '../../../utils/background/router';
import { dbHandlers } from '../../../utils/db/handlers';
import { filterRows, toRow, usePopup, FIRST_PAGE, SNAPSHOT_KEY } from '../../../utils/store/popup';
import { summarize } from '../../../utils/progress/rules';
import { visibleRange } from '../../../components/popup/VirtualList';
import { formatTime, SIDEBAR_LINK } from '../../../components/popup/text';

const A = 'ww739fc538a1b2c3d4';
const B = 'ww01707cf2a8b83ec5';

const row = (corpId: string, name: string, st: Record<string, string> = {}) => toRow(summarize({ corpId, name, touchedAt: 1, st: st as never }));

describe('filterRows', () => {
  const rows = [row(A, '桃花岛 Ltd'), row(B, '光明顶', { '2': 'blocked' }), row('ww5e0a9d2c4b7f8e13', '侠客岛', { '1': 'done', '2': 'done', '3': 'done', '4': 'done', '5': 'skipped', '6': 'done' })];
  it('matches name or corp id, case-insensitively, and filters', () => {
    expect(filterRows(rows, '', 'all')).toHaveLength(3);
    expect(filterRows(rows, '岛', 'all').map((r) => r.name)).toEqual(['桃花岛 Ltd', '侠客岛']);
    expect(filterRows(rows, ' ltd ', 'all').map((r) => r.corpId)).toEqual([A]);
    expect(filterRows(rows, 'WW0170', 'all').map((r) => r.corpId)).toEqual([B]);
    expect(filterRows(rows, '', 'blocked').map((r) => r.corpId)).toEqual([B]);
    expect(filterRows(rows, '', 'unfinished').map((r) => r.corpId)).toEqual([A, B]);
    expect(filterRows(rows, '岛', 'unfinished').map((r) => r.corpId)).toEqual([A]);
    expect(filterRows(rows, 'nothing', 'all')).toEqual([]);
  });
});

describe('visibleRange', () => {
  it('renders only the rows in view plus overscan', () => {
    expect(visibleRange(5000, 56, 448, 0, 4)).toEqual([0, 12]);
    expect(visibleRange(5000, 56, 448, 56 * 100, 4)).toEqual([96, 112]);
    expect(visibleRange(5000, 56, 448, 56 * 4999, 4)).toEqual([4995, 5000]);
    expect(visibleRange(3, 56, 448, 0, 4)).toEqual([0, 3]);
    expect(visibleRange(0, 56, 448, 0, 4)).toEqual([0, 0]);
  });
});

describe('helpers', () => {
  it('formats times and builds the sidebar link', () => {
    const now = new Date(2024, 4, 8, 15, 30).getTime();
    expect(formatTime(new Date(2024, 4, 8, 9, 5).getTime(), now)).toBe('09:05');
    expect(formatTime(new Date(2023, 11, 31, 23, 59).getTime(), now)).toBe('2023-12-31 23:59');
    expect(SIDEBAR_LINK(A)).toBe(`https://html.workec.com/v2/wx_crm_lite_v2/auth/sidebar?qxCorpid=${A}`);
  });
});

describe('popup store, through messages to the real handlers', () => {
  const route = createRouter(dbHandlers);
  const send = (m: unknown) => route(m);
  const initial = usePopup.getState();

  beforeEach(() => {
    freshDb();
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => route(m) as never);
    usePopup.setState({ ...initial, rows: [], loaded: 'none', view: { name: 'list' }, detail: null, detailError: null, listError: null, lastOpened: null, query: '', filter: 'all' }, true);
  });

  it('loads the first page, then everything, most recently touched first', async () => {
    for (let i = 0; i < FIRST_PAGE + 5; i++) await send({ type: 'customer.create', corpId: `ww${String(i).padStart(8, '0')}`, name: `客户${i}` });
    await usePopup.getState().load();
    const s = usePopup.getState();
    expect(s.loaded).toBe('all');
    expect(s.rows).toHaveLength(FIRST_PAGE + 5);
    expect(s.rows[0].name).toBe(`客户${FIRST_PAGE + 4}`);
  });

  it('keeps the first page for the next popup as soon as it arrives, before the whole list (a popup closed early still leaves one)', async () => {
    for (let i = 0; i < FIRST_PAGE + 5; i++) await send({ type: 'customer.create', corpId: `ww${String(i).padStart(8, '0')}`, name: `客户${i}` });
    const writes: Array<{ loaded: string; rows: Array<{ name: string }> }> = [];
    const g = globalThis as { localStorage?: unknown };
    g.localStorage = {
      getItem: () => null,
      setItem: (k: string, v: string) => {
        if (k === SNAPSHOT_KEY) writes.push({ loaded: usePopup.getState().loaded, rows: JSON.parse(v) });
      },
    };
    try {
      await usePopup.getState().load();
    } finally {
      delete g.localStorage;
    }
    expect(writes[0].loaded).toBe('first');
    expect(writes[0].rows).toHaveLength(FIRST_PAGE);
    expect(writes[0].rows[0].name).toBe(`客户${FIRST_PAGE + 4}`);
    expect(writes.at(-1)!.loaded).toBe('all');
  });

  it('opens a customer, sets a step by hand, moves it to the top; a failure reverts and says why', async () => {
    await send({ type: 'customer.create', corpId: A, name: '桃花岛' });
    await send({ type: 'customer.create', corpId: B, name: '光明顶' });
    await usePopup.getState().load();
    expect(usePopup.getState().rows.map((r) => r.corpId)).toEqual([B, A]);
    await usePopup.getState().open(A);
    expect(usePopup.getState().detail?.steps).toHaveLength(13);
    await usePopup.getState().setStep('2', 'done', '模式2');
    let s = usePopup.getState();
    expect(s.detail?.steps.find((x) => x.step === '2')).toMatchObject({ status: 'done', source: 'user', note: '模式2' });
    expect(s.rows.map((r) => r.corpId)).toEqual([A, B]);
    expect(s.rows[0].steps['2']).toBe('done');
    const stored = await send({ type: 'customer.get', corpId: A });
    expect(stored.ok && (stored.data as any).steps.find((x: any) => x.step === '2').status).toBe('done');

    // the customer disappears behind the popup's back (e.g. another profile): error, status reverted
    await usePopup.getState().open(B);
    usePopup.setState({ detail: { ...usePopup.getState().detail!, customer: { ...usePopup.getState().detail!.customer, corpId: 'ww0000000000' } } });
    await usePopup.getState().setStep('3', 'blocked');
    s = usePopup.getState();
    expect(s.detailError).toMatch(/未找到/);
    expect(s.detail?.steps.find((x) => x.step === '3')?.status).toBe('todo');
  });
});

describe('archived customers (issue 16.5)', () => {
  it('are hidden by default and shown on request; search and filters still apply', () => {
    const base = [
      { corpId: 'ww111111', name: '桃花岛', touchedAt: 3, progress: { done: 0, total: 6 }, next: '1a', blocked: false, steps: {} },
      { corpId: 'ww222222', name: '侠客岛', touchedAt: 2, progress: { done: 0, total: 6 }, next: '1a', blocked: true, steps: {}, archived: true },
    ] as never[];
    const rows = base.map(toRow);
    expect(filterRows(rows, '', 'all').map((r) => r.corpId)).toEqual(['ww111111']);
    expect(filterRows(rows, '', 'all', true).map((r) => r.corpId)).toEqual(['ww111111', 'ww222222']);
    expect(filterRows(rows, '侠客', 'all')).toEqual([]);
    expect(filterRows(rows, '侠客', 'all', true).map((r) => r.corpId)).toEqual(['ww222222']);
    expect(filterRows(rows, '', 'blocked', true).map((r) => r.corpId)).toEqual(['ww222222']);
    expect(filterRows(rows, '', 'blocked')).toEqual([]);
  });
});
