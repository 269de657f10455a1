// wizard.completed: after a fill in this tab (session.pending), the user's own press of the
// wizard's 完成 and then the route leaving the wizard within FINISH_WINDOW_MS. Navigating away
// alone, or a scripted click, records nothing.
import { onRoute } from '../../site/routes';
import { isControlWord } from '../../page/visible';
import { stepRecorded, type Capability } from './types';

/** How long after a press of 完成 the route leaving the wizard counts as the page accepting it. */
export const FINISH_WINDOW_MS = 60000;

export const wizardFinish: Capability = {
  name: 'wizard.completed',
  init(_signal, s) {
    let pressedAt = 0;
    s.onPress((p) => {
      if (p.page === 'wizard-dev' && isControlWord(p.text, 'finishButton')) pressedAt = s.now();
    });
    s.onScan((f) => {
      const inWizard = onRoute(f.path, 'create');
      const finished = !!pressedAt && s.now() - pressedAt < FINISH_WINDOW_MS;
      const p = s.session.pending;
      if (p && onRoute(f.prevPath, 'create') && !inWizard && finished) {
        pressedAt = 0;
        s.session.pending = null;
        const appId = p.appId || f.appId;
        void s.send({ type: 'wizard.completed', corpId: p.corpId, name: p.name, ...(appId ? { appId } : {}), bundle: p.bundle }).then(() => stepRecorded(s));
        s.rememberCustomer(p.corpId);
        s.notify({ key: 'panel_notice_completed', subs: [p.name], tone: 'ok' });
      }
      if (f.path !== f.prevPath && !inWizard) s.session.pending = null;
    });
  },
};
