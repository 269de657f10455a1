// @vitest-environment happy-dom
// The debug log (utils/site/debug.ts): silent while off, says why recognition failed when on.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { debugLog, debugLines, setDebug } from '@/utils/site/debug';
import { detectPage, parseRoute } from '@/utils/page/detect';

afterEach(() => setDebug(false));

describe('debug log', () => {
  it('is off by default: nothing reaches the console, the last lines are kept in memory', () => {
    const spy = vi.spyOn(console, 'debug').mockImplementation(() => {});
    debugLog('test', 'quiet', new Error('boom'));
    expect(spy).not.toHaveBeenCalled();
    expect(debugLines().at(-1)).toMatchObject({ area: 'test', message: 'quiet', error: 'Error: boom' });
    spy.mockRestore();
  });
  it('when on, explains an unrecognised backend page once', () => {
    const spy = vi.spyOn(console, 'debug').mockImplementation(() => {});
    setDebug(true);
    document.body.innerHTML = '<div><h2>开始代开发应用</h2><p>加载中</p></div>';
    const route = parseRoute('#/sass/customApp/app/create?suiteid=1');
    expect(detectPage(document, route)).toBe('other');
    expect(detectPage(document, route)).toBe('other');
    const lines = spy.mock.calls.map((c) => String(c[0])).filter((l) => l.includes('no page recognised'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\[ec-helper\] detect: route \/sass\/customApp\/app\/create: no page recognised — step bar absent, page-2 form no/);
    spy.mockRestore();
  });
});
