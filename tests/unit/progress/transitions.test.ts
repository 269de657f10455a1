import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../../utils/steps';
import { TRANSITIONS, deployEvent, transition } from '../../../utils/progress/transitions';
import { decide } from '../../../utils/progress/rules';

describe('the event → step table', () => {
  it('names only known steps, each at most once per event', () => {
    for (const [event, t] of Object.entries(TRANSITIONS)) {
      const ids = t.steps.map(([s]) => s);
      for (const id of ids) expect(STEP_IDS, event).toContain(id);
      expect(new Set(ids).size, event).toBe(ids.length);
    }
  });

  it('every change is a forward move an automatic source may make from a fresh customer', () => {
    for (const [event, t] of Object.entries(TRANSITIONS)) {
      for (const [, status] of t.steps) expect(decide(undefined, status, t.source), event).toEqual({ apply: true });
      expect(t.source, event).not.toBe('user');
    }
  });

  it('says what each page event records (docs/process.md)', () => {
    expect(transition('wizard.completed').steps).toEqual([['1a', 'done'], ['1b', 'done']]);
    expect(transition('permissions.confirmed').steps).toEqual([['1c', 'done'], ['1d', 'doing']]);
    expect(transition('menus.saved').steps).toEqual([['1e', 'done']]);
    expect(transition('homepage.set').steps).toEqual([['6', 'done']]);
    expect(transition(deployEvent('待上线')).steps).toEqual([['1f', 'doing']]);
    expect(transition(deployEvent('已上线')).steps).toEqual([['1f', 'done']]);
  });
});
