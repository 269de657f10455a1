// permissions.confirmed: the user pressed the 权限 dialog's 确定 and then the dialog is gone. A
// press of 取消 / 关闭 in the dialog takes the 确定 back; the extension itself never presses it.
import { findPermissionDialog, isConfirmControl } from '../../fill/permissions';
import { isControlWord } from '../../page/visible';
import { stepRecorded, type Capability } from './types';

export const permissionsConfirm: Capability = {
  name: 'permissions.confirmed',
  init(_signal, s) {
    let armed = false;
    s.onPress((p) => {
      if (p.page !== 'app-detail') return;
      const dialog = findPermissionDialog(s.doc);
      if (!dialog || !dialog.contains(p.target)) return;
      if (isConfirmControl(p.target, dialog)) armed = true;
      else if (isControlWord(p.text, 'cancelButton')) armed = false;
    });
    s.onScan((f) => {
      // any box dialog still open counts (a taught or unrecognised 权限 dialog too)
      if (!armed || f.permissionDialogOpen()) return;
      armed = false;
      const corpId = s.corpFor(f.appId);
      void s.send({ type: 'permissions.confirmed', ...(f.appId ? { appId: f.appId } : {}), ...(corpId ? { corpId } : {}) }).then(() => stepRecorded(s));
      s.notify({ key: 'panel_notice_perm_confirmed', tone: 'warn' });
    });
  },
};
