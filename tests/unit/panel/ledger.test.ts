// The ledger asked ahead of the press (utils/panel/ledger.ts): kept per question, forgotten on the
// change signal (and after the TTL), a failed ask never kept, the last question asked again.
import { describe, it, expect } from 'vitest';
import { ledgerMemo, LEDGER_TTL_MS } from '@/utils/panel/ledger';
import type { Send } from '@/utils/dto';

function fakeSend(replies: (() => unknown)[] = []) {
  const asked: Record<string, unknown>[] = [];
  const send = (async (m: Record<string, unknown>) => {
    asked.push(m);
    const r = replies.shift();
    return r ? r() : { ok: true, data: { ok: true } };
  }) as unknown as Send;
  return { send, asked };
}
const Q = { corpId: 'ww3a7c91e0b5d24f68', name: ' 光明顶 ', appId: 'dkB' };

describe('ledgerMemo', () => {
  it('asks once per question and answers later checks from what it was told', async () => {
    const { send, asked } = fakeSend();
    const m = ledgerMemo(send);
    m.prefetch(Q);
    m.prefetch(Q);
    expect(await m.check({ ...Q, name: '光明顶' })).toEqual({ ok: true, data: { ok: true } });
    expect(asked).toEqual([{ type: 'ledger.check', corpId: Q.corpId, name: '光明顶', appId: 'dkB' }]);
    // another customer name is another question
    await m.check({ ...Q, name: '桃花岛' });
    await m.check({ corpId: Q.corpId });
    expect(asked.length).toBe(3);
    expect(asked[2]).toEqual({ type: 'ledger.check', corpId: Q.corpId });
  });

  it('the change signal forgets every answer and asks the last question again', async () => {
    const { send, asked } = fakeSend([() => ({ ok: true, data: { ok: true } }), () => ({ ok: true, data: { ok: false, reason: 'corp-other-customer', otherName: '桃花岛' } })]);
    const m = ledgerMemo(send);
    expect((await m.check(Q)).ok).toBe(true);
    m.invalidate();
    expect(asked.length).toBe(2); // asked again at once, not at the press
    expect(await m.check(Q)).toEqual({ ok: true, data: { ok: false, reason: 'corp-other-customer', otherName: '桃花岛' } });
    expect(asked.length).toBe(2);
  });

  it('does not keep a failed ask (background unreachable) or an answer past its TTL', async () => {
    let clock = 1000;
    const { send, asked } = fakeSend([() => ({ ok: false, code: 'unreachable', error: 'x' }), () => { throw new Error('gone'); }]);
    const m = ledgerMemo(send, () => clock);
    expect((await m.check(Q)).ok).toBe(false);
    await Promise.resolve();
    expect(m.has(Q)).toBe(false);
    await expect(m.check(Q)).rejects.toThrow('gone');
    await Promise.resolve();
    expect(m.has(Q)).toBe(false);
    expect((await m.check(Q)).ok).toBe(true);
    expect(m.has(Q)).toBe(true);
    clock += LEDGER_TTL_MS;
    expect(m.has(Q)).toBe(false);
    await m.check(Q);
    expect(asked.length).toBe(4);
  });
});
