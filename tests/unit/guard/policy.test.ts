// Policy resolution: defaults ← user (storage.local) ← administrator (storage.managed, wins + locks).
// Chrome offers no API to write chrome.storage.managed, so the locking is tested here, on the pure
// function the options page and the content script both use, and on the background handlers.
import type { Handlers } from '../../../utils/background/router';
import { describe, it, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_POLICIES, POLICY_KEY, resolvePolicies, sanitizePolicies } from '@/utils/guard/policy';
import { guardHandlers } from '@/utils/guard/handlers';

describe('resolvePolicies', () => {
  it('defaults: block the template actions, confirm the secret ones, nothing locked', () => {
    const r = resolvePolicies(undefined, undefined);
    expect(r.policies).toEqual({ 'reset-qr': 'block', 'edit-template': 'block', 'regenerate-secret': 'confirm', 'edit-callback': 'confirm', 'miniprogram-homepage': 'confirm' });
    expect(Object.values(r.locked).every((x) => x === false)).toBe(true);
  });
  it("the user's choice overrides the default", () => {
    const r = resolvePolicies({ 'reset-qr': 'confirm', 'edit-callback': 'allow' }, {});
    expect(r.policies['reset-qr']).toBe('confirm');
    expect(r.policies['edit-callback']).toBe('allow');
    expect(r.policies['edit-template']).toBe('block');
  });
  it("the administrator's choice wins over the user's and locks only that action", () => {
    const r = resolvePolicies({ 'reset-qr': 'allow', 'edit-template': 'allow' }, { 'reset-qr': 'block' });
    expect(r.policies['reset-qr']).toBe('block');
    expect(r.locked['reset-qr']).toBe(true);
    expect(r.policies['edit-template']).toBe('allow');
    expect(r.locked['edit-template']).toBe(false);
  });
  it('unknown actions and policies are ignored, not trusted', () => {
    expect(sanitizePolicies({ 'reset-qr': 'maybe', nuke: 'allow', 'edit-template': ' Confirm ' })).toEqual({ 'edit-template': 'confirm' });
    expect(sanitizePolicies('block')).toEqual({});
    expect(sanitizePolicies(['block'])).toEqual({});
    const r = resolvePolicies(null, { 'reset-qr': 'allowed' });
    expect(r.policies['reset-qr']).toBe(DEFAULT_POLICIES['reset-qr']);
    expect(r.locked['reset-qr']).toBe(false);
  });
});

describe('guard.policies / guard.setPolicy handlers', () => {
  const page = { fromExtensionPage: true };
  it('stores the user choice in storage.local under guardPolicies', async () => {
    const r = (await guardHandlers['guard.setPolicy']!({ type: 'guard.setPolicy', action: 'reset-qr', policy: 'confirm' }, page)) as { policies: Record<string, string> };
    expect(r.policies['reset-qr']).toBe('confirm');
    expect((await fakeBrowser.storage.local.get(POLICY_KEY))[POLICY_KEY]).toEqual({ 'reset-qr': 'confirm' });
  });
  it('refuses to change a policy locked by storage.managed, and reports the lock', async () => {
    await fakeBrowser.storage.managed.set({ [POLICY_KEY]: { 'edit-template': 'block' } });
    await expect((guardHandlers as Handlers)['guard.setPolicy']!({ type: 'guard.setPolicy', action: 'edit-template', policy: 'allow' }, page)).rejects.toMatchObject({ code: 'locked' });
    const r = (await (guardHandlers as Handlers)['guard.policies']!({ type: 'guard.policies' }, page)) as { policies: Record<string, string>; locked: Record<string, boolean> };
    expect(r.locked['edit-template']).toBe(true);
    expect(r.policies['edit-template']).toBe('block');
    expect((await fakeBrowser.storage.local.get(POLICY_KEY))[POLICY_KEY]).toBeUndefined();
  });
  it('content scripts cannot change policies', async () => {
    await expect((guardHandlers as Handlers)['guard.setPolicy']!({ type: 'guard.setPolicy', action: 'reset-qr', policy: 'allow' }, { tabId: 3, url: 'https://open.work.weixin.qq.com/' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
