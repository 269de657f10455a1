// What the panel content script does, as a list: each capability's init(signal, shared) runs in
// this order, and each scan reaches them in this order too (the completion detectors see the
// previous page before the page state moves on; the mount measures last).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Capability } from '@/utils/panel/capabilities/types';
import { wizardFinish } from '@/utils/panel/capabilities/wizard-finish';
import { permissionsConfirm } from '@/utils/panel/capabilities/permissions-confirm';
import { homepageStep } from '@/utils/panel/capabilities/homepage';
import { menusSaved } from '@/utils/panel/capabilities/menus-saved';
import { journey } from '@/utils/panel/capabilities/journey';
import { pageState } from '@/utils/panel/capabilities/page-state';
import { mountPanel } from './mount';
import { focusCommand } from './focus';
import { teach } from './teach';
import { ledgerSignal } from './ledger';

export function panelCapabilities(ctx: ContentScriptContext): Capability[] {
  return [wizardFinish, permissionsConfirm, homepageStep, menusSaved, journey, pageState, mountPanel(ctx), focusCommand, teach(ctx), ledgerSignal];
}
