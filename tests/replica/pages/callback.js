// A small app-detail variant for the guard's tests: #/sass/customApp/app/detail/callback-test
// (the real app detail page is tests/replica/pages/app-detail.js). Sections each with their own 编辑,
// in two different markups, so only 回调配置 → 编辑 may be guarded, never 权限 → 编辑 or 基本信息 → 编辑:
// - 基本信息: <h3> title, body, a footer row with 编辑;
// - 权限: a header row (title <span> + 编辑 link floated right but placed first in the DOM);
// - 回调配置: a header row (title <div> + 编辑 <a> with inner <span>), rows 代开发应用回调URL / Token /
//   EncodingAESKey; 编辑 opens an inline editor with 随机获取 beside Token and EncodingAESKey.
// Flags: `editing` opens the callback editor at load; `jslink` makes 回调配置 → 编辑 a
// <a href="javascript:…"> link with no click handler (counts cb.jsEdit when the browser follows it). Counts: cb.basicEdit, cb.permEdit, cb.edit,
// cb.randomToken, cb.randomAes, cb.save; requests /wwopen/developer/customApp/randomToken, …/saveCallback.
(function () {
  const { h } = R;
  const CALLBACK = 'https://callback-develop.workec.com/v10/weixin/cp/callback/command/any/3';

  function row(label, ...content) {
    return h('div', { class: 'ww_form_item' }, h('div', { class: 'ww_form_label' }, label), h('div', { class: 'ww_form_content' }, ...content));
  }

  R.route('/sass/customApp/app/detail/callback-test', (main, query) => {
    const state = { editing: R.flags.has('editing') };
    const form = { url: CALLBACK, token: 'tplToken0123456789abcdefABCDEF01', aes: 'tplAesKey0123456789abcdefghijklmnopqrstuvwxy' };
    const corpName = query.corpName || '桃花岛';

    main.append(
      h('h2', {}, '代开发应用详情'),
      h('div', { class: 'sec sec_basic', style: 'margin:16px 0;border:1px solid #eee;padding:10px' },
        h('h3', {}, '基本信息'),
        row('企业客户', h('span', {}, corpName)),
        row('应用名称', 'EC营客通'),
        h('div', { class: 'sec_ft' }, R.button('编辑', () => R.count('cb.basicEdit'))),
      ),
      h('div', { class: 'sec sec_priv', style: 'margin:16px 0;border:1px solid #eee;padding:10px' },
        h('div', { class: 'sec_hd', style: 'display:flex;flex-direction:row-reverse;justify-content:flex-end;gap:20px' },
          h('a', { href: 'javascript:;', 'on:click': () => R.count('cb.permEdit') }, '编辑'),
          h('span', { class: 'sec_title', style: 'font-weight:bold' }, '权限')),
        h('div', { class: 'ww_tip' }, '成员基本信息 · 成员敏感信息 · 企业客户权限'),
      ),
    );

    const body = h('div', { class: 'sec_bd' });
    function render() {
      body.textContent = '';
      if (!state.editing) {
        body.append(row('代开发应用回调URL', form.url), row('Token', '已设置'), row('EncodingAESKey', '已设置'));
        return;
      }
      body.append(
        row('代开发应用回调URL', R.input(form, 'url')),
        row('Token', R.input(form, 'token'), R.button('随机获取', () => {
          R.count('cb.randomToken');
          R.request('/wwopen/developer/customApp/randomToken', { what: 'token' }, 10).then(() => { form.token = 'newToken' + Date.now(); R.update(); });
        })),
        row('EncodingAESKey', R.input(form, 'aes'), R.button('随机获取', () => {
          R.count('cb.randomAes');
          R.request('/wwopen/developer/customApp/randomToken', { what: 'aes' }, 10).then(() => { form.aes = 'newAes' + Date.now(); R.update(); });
        })),
        h('div', {},
          R.button('取消', () => { state.editing = false; render(); }),
          R.button('保存', () => { R.count('cb.save'); R.request('/wwopen/developer/customApp/saveCallback', {}, 10); state.editing = false; render(); }, { blue: true })),
      );
    }
    render();
    main.append(
      h('div', { class: 'sec sec_cb', style: 'margin:16px 0;border:1px solid #eee;padding:10px' },
        h('div', { class: 'sec_hd' },
          h('div', { class: 'sec_title', style: 'font-weight:bold;display:inline-block;margin-right:20px' }, '回调配置'),
          R.flags.has('jslink')
            ? h('a', { href: "javascript:void R.count('cb.jsEdit')", class: 'sec_op' }, h('span', {}, '编辑'))
            : h('a', { href: 'javascript:;', class: 'sec_op', 'on:click': () => { R.count('cb.edit'); state.editing = true; render(); } }, h('span', {}, '编辑'))),
        body,
      ),
    );
  });
})();
