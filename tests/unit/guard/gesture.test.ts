// Gesture grouping: one press = one gesture however many events it fires; never merged by time.
import { describe, it, expect } from 'vitest';
import { gestureTracker, type GestureEvent } from '@/utils/guard/gesture';

/** Feeds events and returns the gesture id each one was given. */
function ids(events: Array<string | GestureEvent>): number[] {
  const track = gestureTracker();
  return events.map((e) => track(typeof e === 'string' ? { type: e, pointerType: 'mouse' } : e).id);
}

describe('gestureTracker', () => {
  it('a mouse click (pointer + compatibility mouse events + click) is one gesture', () => {
    expect(new Set(ids(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])).size).toBe(1);
  });
  it('a click whose pointerdown was cancelled (no mousedown / mouseup) is one gesture', () => {
    expect(new Set(ids(['pointerdown', 'pointerup', 'click'])).size).toBe(1);
  });
  it('two clicks milliseconds apart are two gestures, and a double click ends in the second', () => {
    const r = ids(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick']);
    expect(r.slice(0, 5).every((x) => x === r[0])).toBe(true);
    expect(r.slice(5).every((x) => x === r[5])).toBe(true);
    expect(r[5]).not.toBe(r[0]);
  });
  it('a touch tap (pointer, touch, then compatibility mouse events and click) is one gesture', () => {
    const t = (type: string) => ({ type, pointerType: 'touch' });
    expect(new Set(ids([t('pointerdown'), 'touchstart', t('pointerup'), 'touchend', 'mousedown', 'mouseup', 'click'])).size).toBe(1);
  });
  it('Enter: keydown, its click, keypress, keyup are one gesture; auto-repeat stays in it', () => {
    const k = (type: string, repeat = false) => ({ type, key: 'Enter', repeat });
    expect(new Set(ids([k('keydown'), 'click', k('keypress'), k('keydown', true), 'click', k('keyup')])).size).toBe(1);
  });
  it('Space on a button: the click after keyup still belongs to the key press', () => {
    const k = (type: string) => ({ type, key: ' ' });
    expect(new Set(ids([k('keydown'), k('keyup'), 'click'])).size).toBe(1);
  });
  it('a new keydown (not a repeat) starts a new gesture', () => {
    const r = ids([{ type: 'keydown', key: 'Enter' }, { type: 'keyup', key: 'Enter' }, { type: 'keydown', key: 'Enter' }]);
    expect(r[2]).not.toBe(r[0]);
  });
  it('script clicks without a press are one gesture each', () => {
    const r = ids(['click', 'click', 'click']);
    expect(new Set(r).size).toBe(3);
  });
  it('a second mousedown after a click is a new gesture (no pointer events: synthetic mouse)', () => {
    const r = ids(['mousedown', 'mouseup', 'click', 'mousedown', 'mouseup', 'click']);
    expect(r[0]).toBe(r[2]);
    expect(r[3]).not.toBe(r[0]);
    expect(r[3]).toBe(r[5]);
  });
  it('a submit belongs to the click that caused it', () => {
    expect(new Set(ids(['pointerdown', 'pointerup', 'click', 'submit'])).size).toBe(1);
  });
});
