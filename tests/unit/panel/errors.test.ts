import { describe, expect, it } from 'vitest';
import { adminMessage, shapeErrors, splitMessage } from '@/utils/panel/errors';

const ADVICE = '请让客户管理员在 EC 后台「生成配置」页重新点「复制」后整段发送。';

describe('shapeErrors', () => {
  it('says the shared advice once and lists the problems', () => {
    const r = shapeErrors([`「应用主页」的值不是以 https:// 开头的链接（第 3 行）。${ADVICE}`, `「批量加减」的链接格式不正确，无法识别（第 5 行）。${ADVICE}`]);
    expect(r.action).toBe(ADVICE);
    expect(r.problems).toEqual(['「应用主页」的值不是以 https:// 开头的链接（第 3 行）。', '「批量加减」的链接格式不正确，无法识别（第 5 行）。']);
  });
  it('keeps advice that differs from the shared one beside its problem; caps the list', () => {
    const msgs = ['A。x。', 'B。x。', 'C。y。', 'D。x。', 'E。x。', 'F。x。'];
    const r = shapeErrors(msgs, 4);
    expect(r.action).toBe('x。');
    expect(r.problems).toEqual(['A。', 'B。', 'C。y。', 'D。', '…（+2）']);
  });
  it('a single sentence has no advice; duplicates collapse', () => {
    expect(splitMessage('只有一句')).toEqual({ problem: '只有一句', advice: '' });
    expect(shapeErrors(['同一句。', '同一句。']).problems).toEqual(['同一句。']);
  });
  it('the message for the customer admin names what to copy and where', () => {
    const m = adminMessage(['「应用主页」不是 https 链接。'], 'zh');
    expect(m).toContain('生成配置');
    expect(m).toContain('1. 「应用主页」不是 https 链接。');
  });
});
