// Labels for steps, actors, statuses and sources (all through t()), and time formatting.
import { t } from '@/utils/i18n';
import type { StepId, StepStatus, StepSource } from '@/utils/steps';

export const stepLabel = (id: StepId) => t(`popup_step_${id.toLowerCase()}`);
export const actorLabel = (actor: string) => t(`popup_actor_${actor}`);
export const statusLabel = (s: StepStatus) => t(`popup_status_${s}`);
export const sourceLabel = (s: StepSource) => t(`popup_source_${s}`);

const pad = (n: number) => String(n).padStart(2, '0');
/** Local time as YYYY-MM-DD HH:mm (today: HH:mm only). */
export function formatTime(ms: number, now = Date.now()): string {
  const d = new Date(ms);
  const n = new Date(now);
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  if (d.getFullYear() === n.getFullYear() && d.getMonth() === n.getMonth() && d.getDate() === n.getDate()) return hm;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${hm}`;
}

export const SIDEBAR_LINK = (corpId: string) => `https://html.workec.com/v2/wx_crm_lite_v2/auth/sidebar?qxCorpid=${encodeURIComponent(corpId)}`;
