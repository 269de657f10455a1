// Background side of the in-page panel:
// - the `focus-bundle-input` keyboard command (manifest `commands`) is forwarded to the active
//   tab's panel content script, which focuses the paste box. No `tabs` permission is needed:
//   tabs.query still returns tab ids, and sendMessage to our own content script needs none;
// - bundle parsing for the panel over the `ec-panel-parse` port (see parse-port.ts): keeps zod
//   out of the content script. Pure computation; nothing is stored.
import { browser } from 'wxt/browser';
import { parseBundle } from '../bundle';
import { readAllowedHosts } from '../settings';
import { PARSE_PORT, MAX_PARSE_TEXT, type ParseRequest, type ParseReply } from './parse-port';

export const FOCUS_BUNDLE_COMMAND = 'focus-bundle-input';
/** The message the panel content script listens for (tab-directed, never reaches the router). */
export { PANEL_FOCUS_MESSAGE } from './constants';
import { PANEL_FOCUS_MESSAGE, PANEL_LOADED_KEY, PANEL_SCRIPT } from './constants';

interface TabsApi {
  query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, msg: unknown): Promise<unknown>;
}

/** Send the focus request to the active tab. Resolves false when there is no tab or no panel. */
export async function forwardFocusCommand(tabs: TabsApi): Promise<boolean> {
  try {
    const [tab] = await tabs.query({ active: true, currentWindow: true });
    if (tab?.id == null) return false;
    await tabs.sendMessage(tab.id, { type: PANEL_FOCUS_MESSAGE });
    return true;
  } catch {
    // No panel content script in that tab (another site, or not a provider-backend page).
    return false;
  }
}

/** Answer one parse request (validated: an id and a string of bounded length). */
export async function answerParse(raw: unknown, hosts: () => Promise<string[] | undefined>): Promise<ParseReply | null> {
  const req = raw as ParseRequest | null;
  if (!req || typeof req !== 'object' || typeof req.id !== 'number' || typeof req.text !== 'string') return null;
  if (req.text.length > MAX_PARSE_TEXT) return { id: req.id, result: { ok: false, errors: [{ code: 'too-long', message: 'too long' }] } };
  let allowedHosts: string[] | undefined;
  try {
    allowedHosts = await hosts();
  } catch {
    allowedHosts = undefined; // the parser falls back to its defaults
  }
  return { id: req.id, result: parseBundle(req.text, allowedHosts ? { allowedHosts } : undefined) };
}

interface Port {
  name: string;
  sender?: { id?: string };
  onMessage: { addListener(cb: (m: unknown) => void): void };
  postMessage(m: unknown): void;
}

interface PanelBackgroundApi {
  commands: { onCommand: { addListener(cb: (command: string) => void): void } };
  tabs: TabsApi;
  runtime: { id?: string; onConnect: { addListener(cb: (port: Port) => void): void } };
}

export function initPanelCommands(api: PanelBackgroundApi = browser as unknown as PanelBackgroundApi): void {
  api.commands.onCommand.addListener((command) => {
    if (command === FOCUS_BUNDLE_COMMAND) void forwardFocusCommand(api.tabs);
  });
  api.runtime.onConnect.addListener((port) => {
    if (port.name !== PARSE_PORT) return;
    if (port.sender?.id && api.runtime.id && port.sender.id !== api.runtime.id) return;
    port.onMessage.addListener((m) => {
      void answerParse(m, async () => (await readAllowedHosts()).hosts).then((reply) => {
        if (!reply) return;
        try {
          port.postMessage(reply);
        } catch {
          /* the tab went away */
        }
      });
    });
  });
}

type InjectApi = Pick<typeof browser.scripting, 'executeScript'>;

function panelLoaded(key: string): boolean {
  return (globalThis as Record<string, unknown>)[key] === true;
}

/**
 * Injects the React panel into the top frame of `tabId` unless a live copy runs there already.
 * Returns whether it injected. Called when the tab's page script sees a page that may show it.
 */
export async function injectPanel(scripting: InjectApi, tabId: number): Promise<boolean> {
  const [probe] = await scripting.executeScript({ target: { tabId, frameIds: [0] }, func: panelLoaded, args: [PANEL_LOADED_KEY] });
  if (probe?.result === true) return false;
  await scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PANEL_SCRIPT], injectImmediately: true });
  return true;
}
