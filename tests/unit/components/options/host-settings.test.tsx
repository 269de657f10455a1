// @vitest-environment happy-dom
// The options section that edits the allowed EC hosts.
import { describe, it, expect, afterEach } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { HostSettings } from '@/components/options/HostSettings';
import { allowedHostsItem } from '@/utils/settings';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

async function mount() {
  const el = document.createElement('div');
  document.body.append(el);
  root = createRoot(el);
  await act(async () => root!.render(<HostSettings />));
  await act(async () => {}); // let the stored value arrive
  const textarea = document.querySelector('textarea')!;
  return { el, textarea };
}

function type(textarea: HTMLTextAreaElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  setter.call(textarea, value);
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}

function button(text: string) {
  return [...document.querySelectorAll('button')].find((b) => b.textContent === text)!;
}

describe('HostSettings', () => {
  it('shows the default list in a labelled textarea', async () => {
    const { textarea } = await mount();
    expect(textarea.value).toBe('html.workec.com');
    const label = document.querySelector(`label[for="${textarea.id}"]`);
    expect(label?.textContent).toContain('域名列表');
    expect(document.querySelector('h2')?.textContent).toContain('允许的 EC 域名');
  });

  it('refuses entries that are not bare host names and stores nothing', async () => {
    const { textarea } = await mount();
    await act(async () => type(textarea, 'html.workec.com\nhttps://evil.example/'));
    await act(async () => button('保存').click());
    const alert = document.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('https://evil.example/');
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(await allowedHostsItem.getValue()).toEqual(['html.workec.com']);
  });

  it('saves a valid list (lower-cased) and restores the default', async () => {
    const { textarea } = await mount();
    await act(async () => type(textarea, 'HTML.workec.com\nh5.workec.cn'));
    await act(async () => button('保存').click());
    expect(await allowedHostsItem.getValue()).toEqual(['html.workec.com', 'h5.workec.cn']);
    expect(document.querySelector('[role="status"]')?.textContent).toContain('h5.workec.cn');
    expect(textarea.value).toBe('html.workec.com\nh5.workec.cn');

    await act(async () => button('恢复默认').click());
    expect(await allowedHostsItem.getValue()).toEqual(['html.workec.com']);
    expect(textarea.value).toBe('html.workec.com');
  });

  it('refuses an empty list', async () => {
    const { textarea } = await mount();
    await act(async () => type(textarea, '  \n '));
    await act(async () => button('保存').click());
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('至少');
    expect(await allowedHostsItem.getValue()).toEqual(['html.workec.com']);
  });
});
