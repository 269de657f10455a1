import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, BUNDLE } from '../fakes';
import { createCustomer, setStep, wizardCompleted } from '@/utils/db/repo';
import { journeyCustomers, journeyGet, journeyOrder, journeyRefused, listFollowups } from '@/utils/db/journey';
import { DEFAULT_FOLLOWUP_SETTINGS } from '@/utils/journey/followups';
import { ONLINE_WAIT_MS } from '@/utils/journey/model';

const A = 'ww1111aaaa2222bb';
const B = 'ww3333cccc4444dd';

describe('journey in the data layer', () => {
  beforeEach(() => {
    freshDb();
  });

  it('finds the page customer by app id, then loosely by name, never another customer', async () => {
    await wizardCompleted({ corpId: A, name: '光明顶科技有限公司', appId: 'dk1', bundle: BUNDLE(A) });
    await createCustomer(B, '桃花岛');
    expect((await journeyGet({ appId: 'dk1' }))?.corpId).toBe(A);
    expect((await journeyGet({ name: '光明顶 科技' }))?.matchedBy).toBe('name');
    expect((await journeyGet({ name: '光明顶 科技' }))?.corpId).toBe(A);
    expect(await journeyGet({ name: '归云庄' })).toBeNull();
    const a = await journeyGet({ appId: 'dk1' });
    expect(a?.plan).toMatchObject({ current: '1c', next: '1c' });
    expect(a?.hasBundle).toBe(true);
    expect((await journeyGet({ name: '桃花岛' }))?.hasBundle).toBe(false);
  });

  it('lists template customers with what progress knows of each', async () => {
    await wizardCompleted({ corpId: A, name: '桃花岛', appId: 'dk1', bundle: BUNDLE(A) });
    const rows = await journeyCustomers(['桃花岛', '侠客岛']);
    expect(rows[0]).toMatchObject({ name: '桃花岛', corpId: A, plan: { current: '1c' } });
    expect(rows[1]).toEqual({ name: '侠客岛' });
  });

  it('records an order once (keeping the earliest creation time) and computes the wait from it', async () => {
    await createCustomer(A, '桃花岛');
    expect((await journeyOrder({ corpName: '侠客岛', auditOrderId: 'au0001' })).recorded).toBe(false);
    const r = await journeyOrder({ corpName: '桃花岛', auditOrderId: 'au0001', createdAt: 1000 });
    expect(r).toMatchObject({ recorded: true, corpId: A, order: { id: 'au0001', createdAt: 1000 } });
    expect((await journeyOrder({ corpName: '桃花岛', auditOrderId: 'au0001' })).recorded).toBe(false);
    const w = await journeyRefused({ auditOrderId: 'au0001' });
    expect(w?.corpId).toBe(A);
    expect(w!.readyAt).toBeGreaterThanOrEqual(1000 + ONLINE_WAIT_MS);
    expect((await journeyGet({ corpId: A }))?.readyAt).toBe(w!.readyAt);
    // an order no customer has: nothing recorded
    expect(await journeyRefused({ auditOrderId: 'au9999' })).toBeNull();
  });

  it('follow-ups: waiting consent after the threshold, not before; never an archived or finished one', async () => {
    await createCustomer(A, '桃花岛');
    await setStep(A, '1d', 'doing', 'permissions');
    const now = Date.now();
    expect(await listFollowups(DEFAULT_FOLLOWUP_SETTINGS, now)).toEqual([]);
    const later = now + 25 * 3600e3;
    const f = await listFollowups(DEFAULT_FOLLOWUP_SETTINGS, later);
    expect(f.map((x) => [x.corpId, x.reason])).toEqual([[A, 'waiting-consent']]);
  });
});
