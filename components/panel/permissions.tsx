// App detail → 权限 → 编辑 dialog: the 全部勾选 helper (hook `ec-check-all-permissions`), shown only
// while that dialog is open. It ticks every option and reports the count; it never presses 确定.
import { useEffect, type Dispatch, type MutableRefObject, type ReactNode, type SetStateAction } from 'react';
import { byUser } from '@/utils/panel/trusted';
import { useStore } from 'zustand';
import { boxDialogs, checkAllPermissions, lookupPermissionDialog } from '@/utils/fill/permissions';
import type { FieldRow, FillReport } from '@/utils/fill/report';
import { t } from '@/utils/i18n';
import type { ReportView } from './Report';
import type { PanelCore, PanelStore } from './store';
import { debugLog } from '@/utils/site/debug';

export interface PermissionCount {
  total: number;
  ticked: number;
  alreadyTicked: number;
  failed: number;
}

/** The `permissions` report row for a tick-everything result (`lost`: the taught dialog was gone, the vocabulary found it). */
export function permissionsReport(r: PermissionCount, lost = false): FillReport {
  const result: FieldRow['result'] = r.failed > 0 || r.total === 0 ? 'failed' : r.ticked > 0 ? 'filled' : 'unchanged';
  const count = r.total === 0 ? t('panel_perm_none') : t('panel_perm_count', [String(r.ticked), String(r.alreadyTicked), String(r.total), String(r.failed)]);
  const message = lost ? `${t('teach_msg_lost')} ${count}` : count;
  return { status: result === 'failed' ? 'partial' : 'filled', rows: [{ field: 'permissions', result, message }] };
}

/** A dialog of boxes is open but it is not the 权限 dialog anyone knows: failed, not-found (ec-teach). */
export function unrecognisedPermissionsReport(lost: boolean): FillReport {
  const message = lost ? `${t('teach_msg_lost')} ${t('teach_perm_not_found')}` : t('teach_perm_not_found');
  return { status: 'partial', rows: [{ field: 'permissions', result: 'failed', reason: 'not-found', message }] };
}

export function usePermissions(store: PanelStore, core: PanelCore, setView: Dispatch<SetStateAction<ReportView | null>>, busy: MutableRefObject<boolean>): { button: ReactNode; press: (() => Promise<void>) | null } {
  const open = useStore(store, (s) => s.permDialog);
  if (!open) return { button: null, press: null };
  const press = async () => {
    if (busy.current) return;
    const { dialog, lost } = lookupPermissionDialog(core.doc);
    busy.current = true;
    try {
      setView({ running: true, kind: 'permissions' });
      if (lost) debugLog('permissions', 'the taught 权限 dialog is not on the page; the vocabulary was used');
      if (!dialog && boxDialogs(core.doc).length) {
        debugLog('permissions', 'a dialog of boxes is open, but not with the permission labels 成员基本信息 / 部门ID … (teach it)');
        setView({ running: false, kind: 'permissions', report: unrecognisedPermissionsReport(lost) });
        return;
      }
      if (!dialog) {
        debugLog('permissions', 'no visible 权限 dialog (a dialog with the permission labels 成员基本信息 / 部门ID …)');
        setView({ running: false, kind: 'permissions', report: { status: 'refused', rows: [], error: t('panel_perm_no_dialog') } });
        return;
      }
      const r = await checkAllPermissions(dialog);
      setView({ running: false, kind: 'permissions', report: permissionsReport(r, lost) });
    } catch (e) {
      debugLog('permissions', 'ticking the permissions threw', e);
      setView({ running: false, kind: 'permissions', report: { status: 'refused', rows: [], error: t('panel_err_unexpected', [(e as Error)?.message ?? String(e)]) } });
    } finally {
      busy.current = false;
    }
  };
  return {
    press,
    button: (
      <button type="button" className="primary" data-testid="ec-check-all-permissions" onClick={(e) => byUser(e) && void press()} title={t('panel_perm_button_sub')}>
        {t('panel_perm_button')}
      </button>
    ),
  };
}

/** A next step opened the permission dialog (store.permPending): tick every option once. */
export function usePendingPermissionTick(store: PanelStore, press: (() => Promise<void>) | null): void {
  const pending = useStore(store, (s) => s.permPending);
  useEffect(() => {
    if (!pending || !press) return;
    store.setState({ permPending: false });
    void press();
  }, [pending, press, store]);
}
