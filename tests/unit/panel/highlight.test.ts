// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { clearMarks, markWizardFields } from '@/utils/panel/highlight';

const FORM = `<div id="page"><div><div>应用主页</div><div><input id="home" style="outline: 1px dotted blue"></div><label><input type="checkbox" id="enter">在微工作台中始终进入主页</label></div>
  <div><div>可信域名</div><input id="domain"></div><div><div>代开发应用回调URL</div><input id="cb" value="https://cb.example/x"></div>
  <div><div>Token</div><input id="tok" value="t0k"></div><div><div>EncodingAESKey</div><input id="aes" value="k3y"></div><button>完成</button></div>`;

describe('show what changed on the page', () => {
  it('outlines filled fields for a moment and failed ones until cleared, restoring the page’s own style', () => {
    vi.useFakeTimers();
    document.body.innerHTML = FORM;
    const home = document.getElementById('home')!;
    const own = home.style.outline; // the page's own inline style, as the engine prints it
    const domain = document.getElementById('domain')!;
    const n = markWizardFields(document, [
      { field: 'homepage', result: 'filled' },
      { field: 'trustedDomain', result: 'failed' },
      { field: 'callbackUrl', result: 'kept' },
    ]);
    expect(n).toBe(2);
    expect(home.style.outline).toMatch(/solid/);
    expect(domain.style.outline).toMatch(/solid/);
    expect(domain.hasAttribute('data-ec-failed')).toBe(true);
    expect(document.getElementById('cb')!.style.outline).toBe('');
    vi.advanceTimersByTime(3000);
    expect(home.style.outline).toBe(own); // the page's own inline style is back
    expect(domain.style.outline).toMatch(/solid/); // failed stays
    clearMarks();
    expect(domain.style.outline).toBe('');
    expect(domain.hasAttribute('data-ec-failed')).toBe(false);
    vi.useRealTimers();
  });
});
