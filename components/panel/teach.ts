// Teaching state shared by the report's ec-teach buttons (React) and the content script that
// catches the user's click on the page (entrypoints/panel.content/teach-hook.ts).
import { createStore } from 'zustand/vanilla';

export interface TeachState {
  /** The report row's field being taught, or null when not teaching. */
  field: string | null;
  /** i18n key (+ subs) of the last refused click, or of what was learned. */
  note: { key: string; subs?: string[]; tone: 'warn' | 'ok' } | null;
}

export const teachStore = createStore<TeachState>(() => ({ field: null, note: null }));

export const startTeach = (field: string) => teachStore.setState({ field, note: null });
export const cancelTeach = () => teachStore.setState({ field: null, note: null });
