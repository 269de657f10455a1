// Alternative app-detail markup for the guard (served with test.use({ replicaPages: 'pages-alt' })):
// #/sass/customApp/app/detail/callback-alt?corpName=… (pages-alt/app-detail.js owns the plain detail route).
// Cards whose title sits in a header `<div class="card__header"><span>title</span><i class="help">`
// with the card's 编辑/设置 link in that header; only 回调配置 → 编辑 is dangerous. Others must pass:
// 基本信息 → 编辑, 权限 → 编辑, 使用配置 → 编辑 and its 应用主页 → 修改, 可见范围 → 编辑 (a card whose
// title is not one of the usual …配置/…信息 words, right after 回调配置), 审批接口 → 设置,
// 自定义菜单 → 设置 (title + description). A breadcrumb names 代开发应用模板 above the page.
// 回调配置 in edit mode (flag `editing`, or after 编辑): Element-UI-like input groups; Token's 随机获取 is
// an el-button inside the input's append slot (click); EncodingAESKey's 随机获取 is a plain span after
// the input group acting on pointerdown; 保存 / 取消.
// Counters: alt.app.basicEdit, alt.app.permEdit, alt.app.useEdit, alt.app.homeEdit, alt.app.scopeEdit,
// alt.app.approvalSet, alt.app.menuSet, alt.cb.edit, alt.cb.randomToken, alt.cb.randomAes, alt.cb.save.
(function () {
  const { h } = R;
  const CALLBACK = 'https://callback-develop.workec.com/v10/weixin/cp/callback/command/any/3';

  function on(el, types, fn) {
    for (const t of types) el.addEventListener(t, (e) => { if (t !== 'click') e.preventDefault(); fn(e); });
    return el;
  }
  function textLink(text, icon, fn, events) {
    return on(h('a', { href: 'javascript:;', class: 'op-link', style: 'color:#409eff;margin-left:auto' }, icon ? h('i', { class: icon }) : null, text), events || ['click'], fn);
  }
  function card(title, op, ...body) {
    return h('div', { class: 'app-card', style: 'border:1px solid #ebeef5;margin:12px 0' },
      h('div', { class: 'card__header', style: 'display:flex;align-items:center;gap:8px;padding:8px 14px;background:#fafafa' },
        h('span', {}, title), h('i', { class: 'help', title: '说明' }), op),
      h('div', { class: 'card__body', style: 'padding:8px 14px' }, ...body));
  }
  const kv = (k, v, extra) => h('div', { class: 'kv', style: 'display:flex;gap:12px;margin:6px 0' }, h('span', { class: 'kv__k', style: 'width:150px;color:#888' }, k), h('span', { class: 'kv__v' }, v), extra || null);

  function group(form, key, append) {
    return h('div', { class: 'el-input el-input-group el-input-group--append', style: 'display:inline-flex;width:460px' },
      R.input(form, key, { class: 'el-input__inner', style: 'flex:1;height:28px' }),
      append ? h('div', { class: 'el-input-group__append' }, append) : null);
  }
  const item = (label, ...content) => h('div', { class: 'el-form-item', style: 'display:flex;margin:10px 0' },
    h('label', { class: 'el-form-item__label', style: 'width:170px' }, label),
    h('div', { class: 'el-form-item__content' }, ...content));

  R.route('/sass/customApp/app/detail/callback-alt', (main, query) => {
    const state = { editing: R.flags.has('editing') };
    const form = { url: CALLBACK, token: 'tplToken0123456789abcdefABCDEF01', aes: 'tplAesKey0123456789abcdefghijklmnopqrstuvwxy' };
    const corpName = query.corpName || '桃花岛';

    const cbBody = h('div', {});
    const cbEdit = textLink('编辑', 'el-icon-edit', () => { R.count('alt.cb.edit'); state.editing = true; render(); });
    function render() {
      cbBody.textContent = '';
      cbEdit.style.display = state.editing ? 'none' : '';
      if (!state.editing) {
        cbBody.append(kv('代开发应用回调URL', CALLBACK), kv('Token', '已配置'), kv('EncodingAESKey', '已配置'));
        return;
      }
      const tokenBtn = on(h('button', { type: 'button', class: 'el-button' }, h('span', {}, '随机获取')), ['click'], () => {
        R.count('alt.cb.randomToken');
        R.request('/wwopen/developer/customApp/randomToken', { what: 'token' }, 10).then(() => { form.token = 'newToken' + Date.now(); R.update(); });
      });
      const aesBtn = on(h('span', { class: 'link', style: 'cursor:pointer;color:#409eff;margin-left:10px' }, '随机获取'), ['pointerdown'], () => {
        R.count('alt.cb.randomAes');
        R.request('/wwopen/developer/customApp/randomToken', { what: 'aes' }, 10).then(() => { form.aes = 'newAes' + Date.now(); R.update(); });
      });
      cbBody.append(h('form', { class: 'el-form', onsubmit: 'return false' },
        item('代开发应用回调URL', group(form, 'url')),
        item(h('span', {}, 'Token ', h('i', { class: 'help' })), group(form, 'token', tokenBtn)),
        item(h('span', {}, 'EncodingAESKey：'), group(form, 'aes'), aesBtn),
        h('div', { style: 'padding-left:170px' },
          on(h('button', { type: 'button', class: 'el-button' }, h('span', {}, '取消')), ['click'], () => { state.editing = false; render(); }),
          on(h('button', { type: 'button', class: 'el-button el-button--primary' }, h('span', {}, '保存')), ['click'], () => {
            R.count('alt.cb.save'); R.request('/wwopen/developer/customApp/saveCallback', {}, 10); state.editing = false; render();
          }))));
    }
    render();

    main.append(
      h('div', { class: 'el-breadcrumb', style: 'color:#999' }, h('span', {}, '代开发应用模板'), ' / ', h('span', {}, '代开发-开发'), ' / ', h('span', {}, '代开发应用详情')),
      h('div', { class: 'page-header', style: 'font-size:18px;margin:8px 0' }, 'EC营客通'),
      card('基本信息', textLink('编辑', null, () => R.count('alt.app.basicEdit')), kv('企业客户', corpName), kv('应用名称', 'EC营客通')),
      card('权限', on(h('button', { type: 'button', class: 'el-button el-button--text', style: 'margin-left:auto' }, h('span', {}, '编辑')), ['mousedown'], () => R.count('alt.app.permEdit')),
        h('p', {}, '成员基本信息、成员敏感信息、企业客户权限')),
      card('使用配置', textLink('编辑', 'el-icon-edit', () => R.count('alt.app.useEdit')),
        kv('应用主页', 'https://html.workec.com/v2/wx_crm_lite_v2/auth/app', textLink('修改', null, () => R.count('alt.app.homeEdit'), ['pointerdown'])),
        kv('可信域名', 'html.workec.com'), kv('IP白名单', '未设置')),
      card('回调配置', cbEdit, cbBody),
      card('可见范围', textLink('编辑', null, () => R.count('alt.app.scopeEdit'), ['mouseup']), h('p', {}, '全部成员')),
      card('审批接口', textLink('设置', null, () => R.count('alt.app.approvalSet')), h('p', {}, '未开启')),
      card('自定义菜单', textLink('设置', null, () => R.count('alt.app.menuSet')),
        h('p', { class: 'desc' }, '用户安装时的默认应用菜单,可在应用的底部配置七种类型的快捷操作菜单')),
    );
  });
})();
