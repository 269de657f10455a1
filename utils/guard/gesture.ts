// Groups the events of one user gesture so a guarded attempt is recorded exactly once, however many
// events the browser (or the page) fires for it. Never by time: a gesture ends only when an event
// arrives that cannot belong to it (a new pointerdown / touchstart / keydown, a second click …).
//
//   mouse:    pointerdown → (mousedown) → pointerup → (mouseup) → click [→ dblclick]
//   touch:    pointerdown → touchstart → pointerup → touchend → mousedown → mouseup → click
//   keyboard: keydown (repeats) → [click] → keypress → keyup [→ click for Space on a button]
//   script:   a lone click / mouseup / submit without a press before it is a gesture of its own.
import type { GuardAction, GuardPolicy } from './policy';

export interface Gesture {
  id: number;
  kind: 'pointer' | 'touch' | 'mouse' | 'key' | 'lone';
  pt?: string;
  key?: string;
  /** saw the compatibility mousedown / the touchstart / the dblclick of this press */
  md: boolean;
  ts: boolean;
  clicks: number;
  dbl: boolean;
  /** key gestures: 1 once its key is released, 2 once the click Space fires on release came too */
  up?: number;
  /** Decision taken for each guarded action met in this gesture (so later events follow it silently). */
  decisions: Partial<Record<GuardAction, GuardPolicy>>;
  /** Recognition cache: the last element looked at and what it was. */
  lastEl?: Element | null;
  lastHit?: unknown;
  /** A confirm question waiting for the end of the gesture, and its fallback timer. */
  pending?: unknown;
  timer?: unknown;
}

export interface GestureEvent {
  type: string;
  pointerType?: string;
  key?: string;
  repeat?: boolean;
}

/** Returns `track(e)`: the gesture `e` belongs to, starting a new one when `e` cannot continue the current one. */
export function gestureTracker(): (e: GestureEvent) => Gesture {
  let g: Gesture | null = null;
  let seq = 0;
  const start = (kind: Gesture['kind'], extra: Partial<Gesture> = {}): Gesture =>
    (g = { id: ++seq, kind, md: false, ts: false, clicks: 0, dbl: false, decisions: {}, ...extra });
  return (e) => {
    switch (e.type) {
      case 'pointerdown':
        return start(e.pointerType === 'touch' ? 'touch' : 'pointer', { pt: e.pointerType || 'mouse' });
      case 'touchstart':
        if (g && g.kind === 'touch' && !g.ts && !g.md && !g.clicks) { g.ts = true; return g; }
        return start('touch', { ts: true });
      case 'mousedown':
        // The compatibility mousedown of a pointer / touch press (once, before its click).
        if (g && (g.kind === 'pointer' || g.kind === 'touch') && !g.md && !g.clicks) { g.md = true; return g; }
        return start('mouse', { md: true });
      case 'keydown':
        if (e.repeat && g && g.kind === 'key' && g.key === e.key) return g;
        return start('key', { key: e.key });
      case 'keyup':
        if (g && g.kind === 'key' && g.key === e.key && !g.up) g.up = 1;
        return g ?? start('lone');
      case 'click':
      case 'auxclick':
        // One activation per press. A key gesture may click again while its key is down (auto-repeat,
        // implicit submission); once released, only Space's own click (a button acts on keyup) joins:
        // a later script click is a gesture of its own.
        if (g && (g.kind === 'key' ? !g.up || (g.up === 1 && /^( |Spacebar)$/.test(g.key!) && (g.up = 2)) : !g.clicks)) { g.clicks++; return g; }
        return start('lone', { clicks: 1 });
      case 'dblclick':
        if (g && g.clicks > 0 && !g.dbl) { g.dbl = true; return g; }
        return start('lone', { dbl: true });
      default:
        // pointerup, mouseup, touchend, keypress, submit: the end of whatever is going on.
        return g ?? start('lone');
    }
  };
}
