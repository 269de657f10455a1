// menus.saved: the user pressed the menu editor's 保存 and a success toast showed within
// SAVE_WINDOW_MS. A toast without a press, or one after the window, records nothing.
import { isControlWord } from '../../page/visible';
import { savedToastVisible } from '../../site/predicates';
import { stepRecorded, type Capability } from './types';

/** How long after a press of 保存 a success toast still counts as its answer. */
export const SAVE_WINDOW_MS = 15000;

export const menusSaved: Capability = {
  name: 'menus.saved',
  init(_signal, s) {
    let armedAt = 0;
    s.onPress((p) => {
      if (p.page === 'menu-editor' && isControlWord(p.text, 'saveButton')) armedAt = s.now();
    });
    s.onScan((f) => {
      if (!armedAt) return;
      if (s.now() - armedAt > SAVE_WINDOW_MS) {
        armedAt = 0;
        return;
      }
      if (!savedToastVisible(s.doc)) return;
      armedAt = 0;
      const corpId = s.corpFor(f.appId);
      void s.send({ type: 'menus.saved', ...(f.appId ? { appId: f.appId } : {}), ...(corpId ? { corpId } : {}) }).then(() => stepRecorded(s));
      s.notify({ key: 'panel_notice_menus_saved', tone: 'ok' });
    });
  },
};
