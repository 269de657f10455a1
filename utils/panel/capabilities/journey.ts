// The customer's journey (utils/journey/controller.ts): checklist, next step, go-online order and
// wait. This capability creates it for the others (shared.journey), remembers the template (suiteid)
// last seen in a route, and hands it the user's presses.
import { createJourney } from '../../journey/controller';
import { lastSuiteIdValue } from '../../local-values';
import type { Capability } from './types';

export const journey: Capability = {
  name: 'journey',
  init(_signal, s) {
    s.journey = createJourney({
      doc: s.doc,
      store: s.store,
      send: s.send,
      navigate: (hash) => {
        s.win.location.hash = hash;
      },
      now: s.now,
      suiteId: () => s.session.suiteId,
      parse: s.parse,
      later: (ms) => s.later(ms),
    });
    void lastSuiteIdValue.getValue().then((v) => (s.session.suiteId ||= v), () => undefined);
    s.onScan((f) => {
      const suite = f.route.query.suiteid || f.route.query.suiteId;
      if (suite && suite !== s.session.suiteId) {
        s.session.suiteId = suite;
        void lastSuiteIdValue.setValue(suite).catch(() => undefined);
      }
    });
    s.onPress((p) => s.journey.pressed(p.text, p.page));
  },
};
