// @vitest-environment happy-dom
import { mountReplica } from '../fakes';
import { describe, it, expect } from 'vitest';
import { checkAllPermissions, findPermissionDialog, isConfirmControl, permissionBoxes } from '@/utils/fill/permissions';
import { clickLikeUser, checkedState } from '@/utils/fill/dom';
import { detectPage, parseRoute } from '@/utils/page/detect';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Custom boxes toggle a class on click (no input, no ARIA); group boxes tick / untick their children. */
function wireCustomBoxes(root: ParentNode) {
  const clicks: string[] = [];
  root.querySelectorAll('.opt').forEach((opt) => {
    opt.addEventListener('click', (e) => {
      e.preventDefault();
      const box = opt.querySelector('.ck')!;
      box.classList.toggle('ck-checked');
      clicks.push(opt.textContent!.trim());
      const group = opt.closest('.grp');
      if (group && opt.classList.contains('head')) {
        const on = box.classList.contains('ck-checked');
        group.querySelectorAll('.body .ck').forEach((b) => b.classList.toggle('ck-checked', on));
      }
    });
  });
  return clicks;
}

const DIALOG = (id: string, style = '') => `
  <div class="ui-modal" id="${id}" style="${style}">
    <h4>编辑权限</h4>
    <div class="grp"><span class="opt head"><i class="ck"></i>成员基本信息</span>
      <div class="body"><span class="opt"><i class="ck ck-checked"></i>账号</span><span class="opt"><i class="ck"></i>部门ID</span><span class="opt"><i class="ck"></i>头像</span><span class="opt"><i class="ck ck-checked"></i>性别</span></div></div>
    <div class="grp"><label class="native"><input type="checkbox">成员企业微信二维码</label></div>
    <div class="grp"><b>成员敏感信息</b>
      <div><label><input type="checkbox" checked> 姓名</label><label><input type="checkbox"> 手机号</label>
      <label class="el-checkbox"><span class="el-checkbox__input"><span class="el-checkbox__inner"></span><input type="checkbox" class="el-checkbox__original" style="opacity:0;position:absolute"></span><span class="el-checkbox__label">部门名</span></label></div></div>
    <div class="ft"><a class="btn">取消</a><a class="btn primary"><span>确定</span></a></div>
  </div>`;

describe('findPermissionDialog', () => {
  it('finds the visible dialog, not a hidden decoy with the same labels, nor the page summary', () => {
    document.body.innerHTML = `<div><div>权限</div><div>成员基本信息、成员敏感信息</div><a>编辑</a></div>${DIALOG('decoy', 'display:none')}`;
    expect(findPermissionDialog(document)).toBeNull();
    document.body.innerHTML += DIALOG('real');
    expect(findPermissionDialog(document)?.id).toBe('real');
  });
  it('counts one box per option (label text spans and styled spans beside inputs are not boxes)', () => {
    document.body.innerHTML = DIALOG('real');
    const boxes = permissionBoxes(document.getElementById('real')!);
    expect(boxes).toHaveLength(9); // group head + 4 + QR + 姓名 手机号 部门名
  });
});

describe('checkAllPermissions', () => {
  it('ticks every unticked option (native and custom), never clicks a ticked one, reads back', async () => {
    document.body.innerHTML = DIALOG('real');
    const dlg = document.getElementById('real')!;
    const clicks = wireCustomBoxes(dlg);
    const confirm = dlg.querySelector('.primary')!;
    let confirmed = 0;
    confirm.addEventListener('click', () => confirmed++);
    const res = await checkAllPermissions(dlg);
    // Group head ticks its children: 部门ID and 头像 must not be clicked afterwards (that would untick them).
    expect(clicks).toEqual(['成员基本信息']);
    expect(res).toEqual({ total: 8, ticked: 5, alreadyTicked: 3, failed: 0 }); // options only: the group head is not one
    expect(Array.from(dlg.querySelectorAll('.ck')).every((b) => b.classList.contains('ck-checked'))).toBe(true);
    expect(Array.from(dlg.querySelectorAll('input')).every((i) => (i as HTMLInputElement).checked)).toBe(true);
    expect(confirmed).toBe(0);
    // Running it again clicks nothing.
    const again = await checkAllPermissions(dlg);
    expect(again).toEqual({ total: 8, ticked: 0, alreadyTicked: 8, failed: 0 });
    expect(clicks).toHaveLength(1);
  });

  it('a box the page refuses to tick is reported failed', async () => {
    document.body.innerHTML = `<div role="dialog"><span class="opt"><i class="ui-checkbox"></i>账号</span><span class="opt locked"><i class="ui-checkbox"></i>部门ID</span><span class="opt"><i class="ui-checkbox"></i>成员基本信息</span></div>`;
    const dlg = document.querySelector('[role=dialog]')!;
    dlg.querySelectorAll('.opt:not(.locked)').forEach((o) => o.addEventListener('click', () => o.querySelector('i')!.classList.add('ui-checkbox-checked')));
    expect(await checkAllPermissions(dlg)).toEqual({ total: 2, ticked: 1, alreadyTicked: 0, failed: 1 });
  });
});

describe('isConfirmControl', () => {
  it('is true for 确定 and its inner span, false for 取消 and for options', () => {
    document.body.innerHTML = DIALOG('real');
    const dlg = document.getElementById('real')!;
    const btn = dlg.querySelector('.primary')!;
    expect(isConfirmControl(btn, dlg)).toBe(true);
    expect(isConfirmControl(btn.querySelector('span')!, dlg)).toBe(true);
    expect(isConfirmControl(dlg.querySelector('.btn')!, dlg)).toBe(false);
    expect(isConfirmControl(dlg.querySelector('.opt')!, dlg)).toBe(false);
    expect(isConfirmControl(dlg, dlg)).toBe(false);
    const outside = document.createElement('button');
    outside.textContent = '确定';
    document.body.append(outside);
    expect(isConfirmControl(outside, dlg)).toBe(false);
  });
});

describe('replica app detail (tests/replica/pages/app-detail.js)', () => {
  async function open(flags: string[] = []) {
    const w = window as unknown as { __replica: { appDetail: { perms: Record<string, boolean>; decoy: Record<string, boolean> }; saved: { permissions?: string[] }; calls: Record<string, number>; requests: { url: string; body: { privilege_list?: { id: string; b_check: boolean }[] } }[] } };
    mountReplica('tests/replica/pages/app-detail.js', '/sass/customApp/app/detail?suiteid=ww1&appid=dk100002', flags);
    await sleep(400);
    return w.__replica;
  }

  it('app detail is recognised; the 权限 dialog opens late; all boxes ticked; 确定 (mousedown) saves them', async () => {
    const rep = await open(['mousedown']);
    expect(detectPage(document, parseRoute(location.hash))).toBe('app-detail');
    expect(findPermissionDialog(document)).toBeNull();
    const edit = Array.from(document.querySelectorAll('a')).find((a) => a.textContent === '编辑' && a.closest('.detail_row')?.textContent?.includes('成员基本信息'))!;
    clickLikeUser(edit);
    await sleep(300);
    const dlg = findPermissionDialog(document)!;
    expect(dlg).not.toBeNull();
    const before = permissionBoxes(dlg).map((b) => checkedState(b));
    expect(before.filter(Boolean)).toHaveLength(4); // 账号 部门ID 头像 姓名
    const res = await checkAllPermissions(dlg);
    expect(res).toEqual({ total: 18, ticked: 14, alreadyTicked: 4, failed: 0 }); // 18 options, not 21 boxes
    expect(Object.values(rep.appDetail.decoy).some(Boolean)).toBe(false);
    expect(rep.calls['perm.confirm'] ?? 0).toBe(0);
    // The user confirms: the page records every permission.
    const ok = Array.from(dlg.querySelectorAll('span')).find((s) => s.textContent === '确定')!;
    expect(isConfirmControl(ok, dlg)).toBe(true);
    clickLikeUser(ok);
    await sleep(150);
    expect(rep.saved.permissions).toHaveLength(18);
    const set = rep.requests.find((r) => r.url.endsWith('setCustomizedAppPrivilege'))!;
    expect(set.body.privilege_list!.every((p) => p.b_check)).toBe(true);
    expect(findPermissionDialog(document)).toBeNull();
  });
});
