// @vitest-environment happy-dom
// The paste box belongs to the page's customer: known first by the app id only, then by the name a
// late render shows, it stays (issue: the Vue menu editor emptied the box); another customer's page
// puts it aside and brings it back.
import { describe, it, expect } from 'vitest';
import { createJourney } from '@/utils/journey/controller';
import { createPanelStore } from '@/components/panel/store';

function journey() {
  const store = createPanelStore();
  const j = createJourney({
    doc: document,
    store,
    send: (async () => ({ ok: true, data: null })) as never,
    navigate: () => undefined,
    now: () => 1,
    suiteId: () => 'wwsuite01',
    parse: async () => ({ ok: false, errors: [] }) as never,
    later: () => undefined,
  });
  const view = (customerName: string | null, appId: string | null) => ({ page: 'menu-editor', route: { path: '/sass/customapp/app/detail/menu', query: {} }, customerName, appId });
  return { store, j, view };
}

describe('the paste box and the page customer', () => {
  it('a paste made while only the app id was known stays when the page names its customer', () => {
    const { store, j, view } = journey();
    j.scan(view(null, 'dkA'));
    expect(store.getState().scope).toBe('app:dkA');
    store.setState({ text: 'PASTE A', textOwner: 'app:dkA' });
    j.scan(view('桃花岛', 'dkA')); // the customer name renders late
    expect(store.getState().text).toBe('PASTE A');
    expect(store.getState().textOwner).not.toBe('app:dkA');
    expect(store.getState().textOwner).toBe(store.getState().scope);
  });

  it('another customer puts the paste aside; coming back brings it again', () => {
    const { store, j, view } = journey();
    j.scan(view('桃花岛', 'dkA'));
    store.setState((s) => ({ text: 'PASTE A', textOwner: s.scope }));
    j.scan(view('光明顶', 'dkB'));
    expect(store.getState().text).toBe('');
    j.scan(view('桃花岛', 'dkA'));
    expect(store.getState().text).toBe('PASTE A');
    // and by the app id alone (the name not rendered yet) it is the same customer too
    j.scan(view('光明顶', 'dkB'));
    j.scan(view(null, 'dkA'));
    expect(store.getState().text).toBe('PASTE A');
  });
});

describe('a paste carried to the next customer page', () => {
  it('known by name, put aside while the page showed only its app id, comes back when the name shows', () => {
    const { store, j, view } = journey();
    j.scan(view('桃花岛', null)); // e.g. the template page's row for 桃花岛
    store.setState((s) => ({ text: 'PASTE A', textOwner: s.scope }));
    j.scan(view(null, 'dkA')); // the wizard, before its customer name renders
    j.scan(view('桃花岛', 'dkA'));
    expect(store.getState().text).toBe('PASTE A');
    expect(store.getState().drafts).toEqual({});
  });
});
