// @vitest-environment happy-dom
// An administrator's allowed-host list (storage.managed `allowedHosts`) replaces the user's: in the
// background's parse and, read-only, on the options page.
import { describe, it, expect, afterEach, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing';
import { HostSettings } from '@/components/options/HostSettings';
import { allowedHostsItem, managedHostList, readAllowedHosts, MANAGED_HOSTS_WAIT_MS } from '@/utils/settings';

const area = (get: () => Promise<Record<string, unknown>>) => ({ get: vi.fn(get) });

describe('managed allowed hosts', () => {
  it('keeps only host names, lower-cased and once; nothing usable means no policy', () => {
    expect(managedHostList([' HTML.workec.com ', 'html.workec.com', 'h5.workec.cn', 'https://x.example/', 3])).toEqual(['html.workec.com', 'h5.workec.cn']);
    expect(managedHostList([])).toBeNull();
    expect(managedHostList(['not a host'])).toBeNull();
    expect(managedHostList('html.workec.com')).toBeNull();
    expect(managedHostList(undefined)).toBeNull();
  });

  it('the administrator list wins over the user list', async () => {
    await allowedHostsItem.setValue(['mine.example.com']);
    expect(await readAllowedHosts(area(async () => ({ allowedHosts: ['h5.workec.cn'] })))).toEqual({ hosts: ['h5.workec.cn'], managed: true });
    expect(await readAllowedHosts(area(async () => ({})))).toEqual({ hosts: ['mine.example.com'], managed: false });
    expect(await readAllowedHosts(area(async () => { throw new Error('no schema'); }))).toEqual({ hosts: ['mine.example.com'], managed: false });
    expect(await readAllowedHosts(undefined)).toEqual({ hosts: ['mine.example.com'], managed: false });
    await allowedHostsItem.removeValue();
  });

  it('a slow first managed read does not hold the parse up; the list is used once it arrived', async () => {
    let release!: (v: Record<string, unknown>) => void;
    const slow = area(() => new Promise((r) => (release = r)));
    const t0 = Date.now();
    expect(await readAllowedHosts(slow)).toEqual({ hosts: ['html.workec.com'], managed: false });
    expect(Date.now() - t0).toBeLessThan(MANAGED_HOSTS_WAIT_MS + 500);
    release({ allowedHosts: ['late.workec.com'] });
    await new Promise((r) => setTimeout(r, 0));
    // the next read is slow again, but the list that arrived is in force meanwhile
    expect(await readAllowedHosts(area(() => new Promise(() => undefined)))).toEqual({ hosts: ['late.workec.com'], managed: true });
    expect(await readAllowedHosts(area(async () => ({})))).toEqual({ hosts: ['html.workec.com'], managed: false }); // policy removed
  });
});

describe('HostSettings under an administrator list', () => {
  let root: Root | null = null;
  afterEach(() => {
    act(() => root?.unmount());
    root = null;
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('says who set the list and cannot be edited', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ allowedHosts: ['h5.workec.cn'] });
    const el = document.createElement('div');
    document.body.append(el);
    root = createRoot(el);
    await act(async () => root!.render(<HostSettings />));
    await act(async () => {});
    const note = document.querySelector('[data-testid="hosts-managed"]');
    expect(note?.textContent).toContain('h5.workec.cn');
    expect(note?.textContent).toContain('管理员');
    expect(document.querySelector('textarea')!.disabled).toBe(true);
    for (const b of document.querySelectorAll('button')) expect(b.disabled).toBe(true);
  });
});
