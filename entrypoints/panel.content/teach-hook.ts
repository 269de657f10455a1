// Teach when lost: while the report's ec-teach is pressed, the next click on the page is caught
// (capture phase on window, before the page and its framework see it) and checked; a sensible
// choice is learned for that field on this kind of page (background message learned.set), then the
// fill runs again. ec-teach-cancel and Esc leave without learning; clicks on our own panel teach
// nothing. Taught fields are loaded from the background and kept current on storage changes.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '@/utils/rpc';
import { allLearned, checkChoice, describeElement, setLearned, TEACHABLE, type TeachKind, type TeachVerdict } from '@/utils/site/learned';
import { LEARNED_KEY } from '@/utils/site/learned-keys';
import { cancelTeach, teachStore } from '@/components/panel/teach';
import type { PanelStore } from '@/components/panel/store';
import { debugLogValue } from '@/utils/local-values';
import { debugLog, setDebug } from '@/utils/site/debug';

const REFUSE_KEY: Record<Exclude<TeachVerdict, { ok: true }>['reason'], string> = {
  'own-ui': 'teach_refuse_own_ui',
  label: 'teach_refuse_label',
  disabled: 'teach_refuse_disabled',
  'wrong-kind': 'teach_refuse_wrong_text',
  taken: 'teach_refuse_taken',
};
/** What to say when the click was not the kind of element the field needs. */
const WRONG_KEY: Record<TeachKind, string> = {
  text: 'teach_refuse_wrong_text',
  checkbox: 'teach_refuse_wrong_checkbox',
  button: 'teach_refuse_wrong_button',
  option: 'teach_refuse_wrong_option',
  dialog: 'teach_refuse_wrong_dialog',
};

export function startTeachHook(ctx: ContentScriptContext, opts: { host: () => Element | null; store: PanelStore; refill: () => void }): void {
  const refresh = () =>
    send({ type: 'learned.list' }).then(
      (r) => { if (r.ok && Array.isArray(r.data)) setLearned(r.data); else if (!r.ok) debugLog('teach', `taught fields unavailable: ${r.error}`); },
      (e) => debugLog('teach', 'taught fields unavailable', e),
    );
  void refresh();
  // The debug log switch (options page) applies at once.
  void debugLogValue.getValue().then((v) => setDebug(!!v), (e) => debugLog('settings', 'debug switch unreadable', e));
  ctx.onInvalidated(debugLogValue.watch((v) => setDebug(!!v)));
  const onChanged = (changes: Record<string, unknown>) => { if (LEARNED_KEY in changes) void refresh(); };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
  // Leaving the page leaves teaching.
  ctx.onInvalidated(opts.store.subscribe((s, prev) => { if (s.page !== prev.page && teachStore.getState().field) cancelTeach(); }));

  const onEvent = (e: Event) => {
    const field = teachStore.getState().field;
    if (!field) return;
    if (e.type === 'keydown') {
      if ((e as KeyboardEvent).key !== 'Escape') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      cancelTeach();
      return;
    }
    const path = e.composedPath();
    const host = opts.host();
    const target = (path[0] ?? e.target) as Element | null;
    if (!target || target.nodeType !== 1) return;
    if (host && path.includes(host)) {
      // Our own buttons keep working (cancel, fill …); anything else of ours is not a page element.
      if (e.type === 'click' && !target.closest('button, textarea, input, select, a')) teachStore.setState({ note: { key: 'teach_refuse_own_ui', tone: 'warn' } });
      return;
    }
    // The page never sees the teaching click.
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type !== 'click') return;
    const page = opts.store.getState().page;
    const v = checkChoice(target, field, page, host, allLearned());
    if (!v.ok) {
      debugLog('teach', `click refused for ${field}: ${v.reason}`);
      const kind = TEACHABLE[field] ?? 'text';
      // a label clicked for a button / choice / dialog: say what to click instead
      const key = v.reason === 'wrong-kind' || (v.reason === 'label' && kind !== 'text') ? WRONG_KEY[kind] : REFUSE_KEY[v.reason];
      teachStore.setState({ note: { key, ...(v.other ? { subs: [`field:${v.other}`] } : {}), tone: 'warn' } });
      return;
    }
    const entry = describeElement(v.element, page, field, TEACHABLE[field]);
    teachStore.setState({ field: null, note: { key: 'teach_learned', subs: [`field:${field}`], tone: 'ok' } });
    void send({ type: 'learned.set', entry }).then((r) => {
      if (r.ok && Array.isArray(r.data)) setLearned(r.data);
      // the 权限 dialog: tick its boxes again (ec-check-all-permissions); a form: fill it again
      if (TEACHABLE[field] === 'dialog') opts.store.setState({ permPending: true });
      else opts.refill();
    });
  };
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown']) ctx.addEventListener(window, type as 'click', onEvent, { capture: true });
}
