// 代开发应用模板 (template list) and 代开发应用模板详情 (template detail) — where the forbidden edits live.
// Routes: #/sass/customApp/tpl/list and #/sass/customApp/tpl/info?id={suiteid}
//
// Hostile on purpose, for the guard:
// - 重置二维码 is an <a> with an inner <i> icon and <span> text; flag `mousedown` binds it on
//   mousedown, `pointerdown` on pointerdown (default: click); flag `button` makes it a <button>
//   (Space activates a <button>, not a link);
// - flag `late` renders the 授权二维码 block 1 s after the page (after a fake XHR);
// - flag `iframe` adds a same-origin iframe (/__replica__/frame.html) with its own 重置二维码;
//   flag `blankframe` adds an about:blank iframe the page fills itself, with another one;
// - flag `variants` adds controls an exact-phrase guard misses (issue 15.3), each counting var.<name>:
//   重置二維碼 (trad), 立即重置二维码 (now), 重置授权二维码 (auth), 重置二维码 (3) (count), a "new" badge
//   beside the label (badge), an icon of many nodes (icon), a custom element whose <button> lives in a
//   CLOSED shadow root (closed); flag `writeframe` adds an about:blank iframe the page fills with
//   document.open/write, flag `blobframe` a blob: iframe — each with its own 重置二维码 (write.reset-qr,
//   blob.reset-qr);
// - 编辑模板信息 opens an edit dialog (保存 / 删除模板); flag `editopen` opens it at load;
// - an ordinary button (刷新列表) counts `tpl.ordinary`: guards must let it through untouched.
// Handlers count into window.__replica.calls (R.count) and "send" requests (R.request): tests
// assert a guarded handler never ran and no request went out.
(function () {
  const { h } = R;
  const QR = 'data:image/svg+xml;utf8,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120"><rect width="120" height="120" fill="#fff"/><rect x="10" y="10" width="30" height="30"/><rect x="80" y="10" width="30" height="30"/><rect x="10" y="80" width="30" height="30"/><rect x="55" y="55" width="12" height="12"/></svg>');
  // 授权企业客户: not developed yet (开始代开发应用) or developed (查看 → app detail).
  const CUSTOMERS = [
    { corpName: '桃花岛', appid: 'dk100001', status: '待开发' },
    { corpName: '光明顶 科技', appid: 'dk100003', status: '待开发' },
    { corpName: '归云庄', appid: 'dk100002', status: '待开发' },
    { corpName: '侠客岛', appid: 'dk100004', status: '已开发' },
  ];

  function resetQr() {
    R.count('reset-qr');
    R.request('/wwopen/developer/tpl/resetQrcode', { suiteid: R.hashInfo().query.id || '' });
  }

  function resetButton() {
    const F = R.flags;
    const events = F.has('mousedown') ? ['mousedown'] : F.has('pointerdown') ? ['pointerdown'] : ['click'];
    return R.button('重置二维码', resetQr, { icon: '↻', events, tag: F.has('button') ? 'button' : undefined });
  }

  R.route('/sass/customApp/tpl/list', (main) => {
    const rows = [{ id: 'ww-suite-dev', name: '代开发-开发' }, { id: 'ww-suite-test', name: '代开发-测试' }];
    main.append(
      h('h2', {}, '代开发应用模板'),
      h('div', { style: 'margin:10px 0' }, R.button('创建代开发应用模板', () => R.count('tpl.create'), { blue: true })),
      h('table', {},
        h('tr', {}, h('th', {}, '模板名称'), h('th', {}, '状态'), h('th', {}, '操作')),
        rows.map((r) => h('tr', {},
          h('td', {}, h('a', { href: `#/sass/customApp/tpl/info?id=${r.id}` }, r.name)),
          h('td', {}, '已上线'),
          h('td', {},
            h('a', { href: `#/sass/customApp/tpl/info?id=${r.id}`, class: 'op_link' }, '查看'), ' ',
            h('span', { class: 'op_link', style: 'cursor:pointer;color:#1976d2', 'on:click': () => { R.count('tpl.delete'); R.request('/wwopen/developer/tpl/delete', { id: r.id }); } }, '删除'),
          ),
        )),
      ),
    );
  });

  R.route('/sass/customApp/tpl/info', (main, query) => {
    const F = R.flags;
    const suiteid = query.id || 'ww-suite-dev';
    const timers = [];
    const state = { editing: F.has('editopen'), name: '代开发-开发' };

    // --- the template's own info, with 编辑模板信息 ---
    main.append(
      h('div', { class: 'page_hd' }, h('h2', {}, '代开发应用模板详情')),
      h('div', { class: 'tpl_info' },
        h('div', { class: 'ww_form_item' }, h('div', { class: 'ww_form_label' }, '模板名称'), h('div', { class: 'ww_form_content' }, h('b', {}, state.name))),
        h('div', { class: 'ww_form_item' }, h('div', { class: 'ww_form_label' }, '应用名称'), h('div', { class: 'ww_form_content' }, 'EC营客通')),
        h('div', { class: 'ww_form_item' }, h('div', { class: 'ww_form_label' }, ''), h('div', { class: 'ww_form_content' },
          h('a', { href: 'javascript:;', class: 'js_edit_tpl', 'on:click': () => { R.count('tpl.edit'); state.editing = true; R.update(); } }, '编辑模板信息'))),
      ),
    );

    // --- the edit dialog (closed unless 编辑模板信息 got through or flag editopen) ---
    const form = { name: state.name };
    const dialog = h('div', { class: 'ww_dialog_wrap' },
      h('div', { class: 'ww_dialog_mask' }),
      h('div', { class: 'ww_dialog', role: 'dialog' },
        h('div', { class: 'ww_dialog_hd' }, h('span', { class: 'ww_dialog_title' }, '编辑模板信息')),
        h('div', { class: 'ww_form_item' }, h('div', { class: 'ww_form_label' }, '模板名称'), h('div', { class: 'ww_form_content' }, R.input(form, 'name'))),
        h('div', { class: 'ww_dialog_ft' },
          R.button('删除模板', () => { R.count('tpl.delete'); R.request('/wwopen/developer/tpl/delete', { suiteid }); }),
          R.button('取消', () => { R.count('tpl.editCancel'); state.editing = false; R.update(); }),
          h('div', { class: 'ww_btn ww_btn_blue', style: 'display:inline-block', 'on:click': () => { R.count('tpl.save'); R.request('/wwopen/developer/tpl/save', { suiteid, name: form.name }); state.editing = false; R.update(); } }, '保存'),
        ),
      ),
    );
    R.onRender(dialog, () => dialog.classList.toggle('hidden', !state.editing));
    main.append(dialog);

    // --- 授权二维码 with 重置二维码 (late with flag `late`) ---
    const qrBody = h('div', { class: 'ww_form_content' });
    function fillQr() {
      qrBody.append(
        h('img', { src: QR, alt: '授权二维码', width: '120', height: '120', style: 'display:block;border:1px solid #eee' }),
        h('div', { class: 'ww_tip' }, '企业管理员扫码授权后,可为该企业代开发自建应用 ', h('a', { href: 'javascript:;' }, '更多尺寸')),
        h('div', { style: 'margin-top:8px' }, resetButton()),
      );
    }
    main.append(h('div', { class: 'ww_form_item qr_block' }, h('div', { class: 'ww_form_label' }, '授权二维码'), qrBody));
    if (F.has('late')) {
      qrBody.append(h('div', { class: 'loading' }, '加载中…'));
      timers.push(setTimeout(() => {
        R.request('/wwopen/developer/tpl/qrcode', { suiteid }, 0).then(() => { qrBody.textContent = ''; fillQr(); });
      }, 1000));
    } else fillQr();

    // --- same-origin frames holding another 重置二维码 ---
    if (F.has('iframe')) {
      main.append(h('div', { class: 'ww_form_item' }, h('div', { class: 'ww_form_label' }, '小尺寸预览'),
        h('iframe', { src: '/__replica__/frame.html', title: 'preview', style: 'width:460px;height:140px;border:1px solid #ddd' })));
    }
    if (F.has('blankframe')) {
      const frame = h('iframe', { title: 'blank', style: 'width:460px;height:100px;border:1px solid #ddd' });
      main.append(frame);
      const fill = () => {
        const d = frame.contentDocument;
        if (!d || !d.body || d.querySelector('a')) return;
        const btn = d.createElement('a');
        btn.href = 'javascript:;';
        btn.append(d.createElement('i'), '重置二维码');
        btn.addEventListener('click', () => { R.count('blank.reset-qr'); R.request('/wwopen/developer/tpl/resetQrcode', { from: 'blank' }); });
        d.body.append(btn);
      };
      fill();
      frame.addEventListener('load', fill);
    }

    // --- controls an exact-phrase guard misses (flag `variants`), frames it never sees ---
    const hit = (name) => () => { R.count(name); R.request('/wwopen/developer/tpl/resetQrcode', { from: name }); };
    if (F.has('variants')) {
      if (!customElements.get('ww-closed-op')) {
        customElements.define('ww-closed-op', class extends HTMLElement {
          constructor() {
            super();
            const b = document.createElement('button');
            b.type = 'button';
            b.innerHTML = '<i>↻</i><span>重置二维码</span>';
            b.addEventListener('click', () => this.dispatchEvent(new CustomEvent('act')));
            this.attachShadow({ mode: 'closed' }).append(b);
          }
        });
      }
      const closed = h('ww-closed-op', { 'data-v': 'closed' });
      closed.addEventListener('act', hit('var.closed'));
      const icon = h('a', { href: 'javascript:;', 'data-v': 'icon', 'on:click': hit('var.icon') },
        h('span', { class: 'ico' }, ...Array.from({ length: 48 }, () => h('i', { style: 'display:inline-block;width:1px;height:8px;background:#1976d2' }))), h('span', {}, '重置二维码'));
      const badge = h('button', { type: 'button', 'data-v': 'badge', 'on:click': hit('var.badge') }, h('span', {}, '重置二维码'), h('sup', { style: 'color:#d93025' }, 'new'));
      const v = (name, label) => h('a', { href: 'javascript:;', 'data-v': name, 'on:click': hit('var.' + name), style: 'margin-right:10px' }, label);
      main.append(h('div', { class: 'ww_form_item variants' }, h('div', { class: 'ww_form_label' }, '其他样式'),
        h('div', { class: 'ww_form_content' }, v('trad', '重置二維碼'), v('now', '立即重置二维码'), v('auth', '重置授权二维码'), v('count', '重置二维码 (3)'), badge, ' ', icon, ' ', closed)));
    }
    if (F.has('writeframe')) {
      const frame = h('iframe', { title: 'written', style: 'width:460px;height:60px;border:1px solid #ddd' });
      main.append(frame);
      const d = frame.contentDocument;
      d.open();
      d.write('<!doctype html><meta charset="utf-8"><body><a href="javascript:;" id="x"><i>↻</i>重置二维码</a></body>');
      d.close();
      d.getElementById('x').addEventListener('click', hit('write.reset-qr'));
    }
    if (F.has('blobframe')) {
      const url = URL.createObjectURL(new Blob(['<!doctype html><meta charset="utf-8"><body><a href="javascript:;" id="x">重置二维码</a></body>'], { type: 'text/html' }));
      const frame = h('iframe', { title: 'blob', src: url, style: 'width:460px;height:60px;border:1px solid #ddd' });
      frame.addEventListener('load', () => frame.contentDocument.getElementById('x').addEventListener('click', hit('blob.reset-qr')));
      main.append(frame);
    }

    // --- 授权企业客户, each with 开始代开发应用; plus an ordinary button ---
    main.append(
      h('h3', {}, '授权企业客户'),
      h('div', { style: 'margin:6px 0' }, R.button('刷新列表', () => R.count('tpl.ordinary'), { tag: 'button' })),
      h('div', { style: 'margin:6px 0' }, h('input', { class: 'ww_input', placeholder: '检索"授权企业客户"' })),
      h('table', { class: 'tpl_customers' },
        h('tr', {}, h('th', {}, '企业名称'), h('th', {}, '状态'), h('th', {}, '操作')),
        CUSTOMERS.map((c) => h('tr', {},
          h('td', {}, c.corpName),
          h('td', {}, c.status),
          h('td', {}, c.status === '已开发'
            ? h('a', { href: `#/sass/customApp/app/detail?suiteid=${encodeURIComponent(suiteid)}&appid=${encodeURIComponent(c.appid)}`, 'on:click': () => R.count('tpl.view') }, '查看')
            : h('a', {
              class: 'ww_btn ww_btn_blue',
              href: `#/sass/customApp/app/create?suiteid=${encodeURIComponent(suiteid)}&appid=${encodeURIComponent(c.appid)}&corpName=${encodeURIComponent(c.corpName)}`,
              'on:click': () => R.count('tpl.startDev'),
            }, '开始代开发应用')),
        )),
      ),
    );
    return () => timers.forEach(clearTimeout);
  });
})();
