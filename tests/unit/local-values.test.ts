// Content scripts' small storage values (utils/local-values.ts) and the options page's WXT items
// (utils/settings.ts) read what the other wrote: same keys, same stored form.
import { describe, it, expect, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import { debugLogValue, localValue, panelSideValue, LOCAL_KEYS } from '@/utils/local-values';
import { readFileSync } from 'node:fs';
import { debugLogItem } from '@/utils/settings';

describe('local values', () => {
  beforeEach(() => fakeBrowser.reset());

  it('read the fallback when nothing or a value of another type is stored', async () => {
    expect(await panelSideValue.getValue()).toBe('right');
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.panelSide]: 42 });
    expect(await panelSideValue.getValue()).toBe('right');
    await panelSideValue.setValue('left');
    expect(await fakeBrowser.storage.local.get(LOCAL_KEYS.panelSide)).toEqual({ 'panel.side': 'left' });
    expect(await panelSideValue.getValue()).toBe('left');
  });

  it('interoperate with the WXT items of the options page, both ways, and watch changes', async () => {
    const seen: boolean[] = [];
    const unwatch = debugLogValue.watch((v) => seen.push(v));
    await debugLogItem.setValue(true); // the options page switches debug on
    expect(await debugLogValue.getValue()).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([true]);
    unwatch();
    await debugLogItem.setValue(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([true]);
    // the panel remembers the template; the background's WXT item reads it
    await localValue<string>(LOCAL_KEYS.lastSuiteId, '').setValue('wwsuite01');
    expect(await storage.defineItem<string>(`local:${LOCAL_KEYS.lastSuiteId}`, { fallback: '' }).getValue()).toBe('wwsuite01');
    expect(await storage.getItem(`local:${LOCAL_KEYS.panelCollapsed}`)).toBeNull();
  });

  it('the WXT items over these keys keep no metadata (no migrations, no init) the plain readers would miss', () => {
    const src = readFileSync('utils/settings.ts', 'utf8');
    const items = src.split('storage.defineItem').slice(1).map((chunk) => chunk.slice(0, chunk.indexOf(');')));
    const ours = items.filter((it) => /LOCAL_KEYS\./.test(it));
    expect(ours.length).toBeGreaterThan(0);
    for (const it of ours) expect(it).not.toMatch(/migrations|init\s*:/);
  });
});
