// Teach when lost (issue 13), registered as a capability: the report's ec-teach → the next click on
// the page is learned (../teach-hook.ts; its own listeners go through WXT's ctx).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Capability } from '@/utils/panel/capabilities/types';
import { startTeachHook } from '../teach-hook';

export function teach(ctx: ContentScriptContext): Capability {
  return {
    name: 'teach',
    init(_signal, s) {
      startTeachHook(ctx, {
        host: () => s.ui.host(),
        store: s.store,
        // the panel runs 填写 once more (a scripted click on our own button would not count as the user's)
        refill: () => s.store.setState({ fillPending: true }),
      });
    },
  };
}
