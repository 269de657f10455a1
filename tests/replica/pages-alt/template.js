// Alternative markup for the template pages (served with test.use({ replicaPages: 'pages-alt' })), the
// way an acceptance check's own replica may look: Element-UI-like buttons, role=button divs, an
// icon-only link named only by its title, a custom element with its own shadow root, cards whose
// title sits in a header, handlers bound to click / mousedown / pointerdown / mouseup / keydown.
// Same labels and behaviour as docs/provider-backend.md; nothing here is tuned to the guard.
//
// Routes: #/sass/customApp/tpl/list, #/sass/customApp/tpl/info?id=…, #/login (signed-out QR screen).
// Flags: `late` (the 授权二维码 card renders 1 s late), `iframe` (same-origin /__replica__/frame-alt.html),
// `variants` (a card of controls an exact-phrase guard misses: 重置二維碼 with a count, 立即重置授权二维码
// with a "new" badge, an el-button whose label sits in a CLOSED shadow root, 模板信息 · 编辑 — counters
// alt.var.trad, alt.var.badge, alt.var.closed, alt.var.tpl), `xform` (the page sets a transform on <body> and is taller than the window, scrolled to the QR).
// Counters (window.__replica.calls): alt.reset.btn (click), alt.reset.div (keydown Enter/Space + click),
// alt.reset.icon (pointerdown), alt.reset.md (mousedown), alt.reset.mu (mouseup), alt.reset.wc (custom
// element, click), alt.tpl.edit (mouseup), alt.tpl.listEdit, alt.tpl.delete, alt.tpl.create,
// alt.tpl.view, alt.ordinary, alt.sizes, alt.sizesOk, alt.login.reload.
(function () {
  const { h } = R;
  const QR = 'data:image/svg+xml;utf8,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="#fff"/><rect x="8" y="8" width="26" height="26"/><rect x="66" y="8" width="26" height="26"/><rect x="8" y="66" width="26" height="26"/></svg>');

  function elButton(text, icon, extra) {
    return h('button', Object.assign({ type: 'button', class: 'el-button el-button--text el-button--small' }, extra || {}),
      icon ? h('i', { class: icon }) : null, h('span', {}, text));
  }
  function on(el, types, fn) {
    for (const t of types) el.addEventListener(t, (e) => { if (t !== 'click') e.preventDefault(); fn(e); });
    return el;
  }
  function card(title, headerExtra, ...body) {
    return h('div', { class: 'el-card', style: 'border:1px solid #ebeef5;margin:14px 0;border-radius:4px' },
      h('div', { class: 'card__header', style: 'padding:10px 16px;border-bottom:1px solid #ebeef5;display:flex;gap:10px;align-items:center' },
        h('span', {}, title), h('i', { class: 'help', title: '帮助' }, '?'), headerExtra),
      h('div', { class: 'card__body', style: 'padding:10px 16px' }, ...body));
  }
  function reset(name, url) {
    return () => { R.count(name); R.request('/wwopen/developer/tpl/resetQrcode', { from: name }); void url; };
  }

  // A custom element with an open shadow root: the text is slotted from the light DOM.
  if (!customElements.get('ww-op-button')) {
    customElements.define('ww-op-button', class extends HTMLElement {
      constructor() {
        super();
        const sr = this.attachShadow({ mode: 'open' });
        sr.innerHTML = '<style>button{border:1px solid #409eff;color:#409eff;background:#fff;padding:5px 12px;cursor:pointer}</style><button type="button"><i class="icon">⟳</i> <slot></slot></button>';
      }
    });
  }

  R.route('/sass/customApp/tpl/list', (main) => {
    const rows = [{ id: 'ww-suite-dev', name: '代开发-开发' }, { id: 'ww-suite-test', name: '代开发-测试' }];
    main.append(
      h('div', { class: 'page-title', style: 'font-size:20px;margin:8px 0' }, '代开发应用模板'),
      h('div', {}, on(elButton('创建代开发应用模板', 'el-icon-plus'), ['click'], () => R.count('alt.tpl.create'))),
      h('div', { class: 'el-table' }, rows.map((r) => h('div', { class: 'el-table__row', style: 'display:flex;gap:20px;padding:6px 0' },
        h('div', { class: 'cell' }, r.name),
        h('div', { class: 'cell' }, '已上线'),
        h('div', { class: 'cell' },
          on(elButton('查看'), ['click'], () => { R.count('alt.tpl.view'); R.go(`/sass/customApp/tpl/info?id=${r.id}`); }),
          on(elButton('编辑', 'el-icon-edit'), ['click'], () => R.count('alt.tpl.listEdit')),
          on(elButton('删除', 'el-icon-delete'), ['click'], () => { R.count('alt.tpl.delete'); R.request('/wwopen/developer/tpl/delete', { id: r.id }); }),
        )))),
    );
  });

  R.route('/sass/customApp/tpl/info', (main, query) => {
    const F = R.flags;
    const suiteid = query.id || 'ww-suite-dev';
    const timers = [];
    const undo = [];

    main.append(
      h('div', { class: 'el-breadcrumb', style: 'color:#999' }, h('span', {}, '代开发应用模板'), ' / ', h('span', {}, '代开发应用模板详情')),
      card('模板信息', on(elButton('编辑模板信息', 'el-icon-edit'), ['mouseup'], () => R.count('alt.tpl.edit')),
        h('div', { class: 'kv' }, h('span', { class: 'k' }, '模板名称：'), h('span', { class: 'v' }, '代开发-开发')),
        h('div', { class: 'kv' }, h('span', { class: 'k' }, '应用名称：'), h('span', { class: 'v' }, 'EC营客通'))),
    );

    // 更多尺寸: a dialog about the QR image (download sizes) whose 确定 only closes it — not a reset.
    const sizes = h('div', { class: 'el-dialog__wrapper', style: 'display:none;position:fixed;inset:0;background:#0005' },
      h('div', { class: 'el-dialog', style: 'background:#fff;width:420px;margin:80px auto;padding:16px' },
        h('div', { class: 'el-dialog__header' }, h('span', { class: 'el-dialog__title' }, '授权二维码')),
        h('div', { class: 'el-dialog__body' }, h('p', {}, '258 x 258'), h('p', {}, '430 x 430')),
        h('div', { class: 'el-dialog__footer' },
          on(h('button', { type: 'button', class: 'el-button el-button--primary' }, h('span', {}, '确定')), ['click'], () => { R.count('alt.sizesOk'); sizes.style.display = 'none'; }))));

    const qrBody = h('div', { class: 'qr' });
    const fillQr = () => {
      const div = h('div', { role: 'button', tabindex: '0', class: 'op-link', style: 'display:inline-block;color:#409eff;margin:0 12px' }, '重置二维码');
      div.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); R.count('alt.reset.div'); } });
      div.addEventListener('click', reset('alt.reset.div'));
      const icon = h('a', { href: 'javascript:;', title: '重置二维码', class: 'icon-link', style: 'display:inline-block;padding:4px 8px;font-size:18px' }, h('i', { class: 'iconfont' }, '\ue601'));
      const wc = h('ww-op-button', { class: 'wc' }, '重置二维码');
      wc.addEventListener('click', reset('alt.reset.wc'));
      qrBody.append(
        h('img', { src: QR, alt: '授权二维码', width: '100', height: '100', style: 'display:block' }),
        h('p', { class: 'tip' }, '企业管理员扫码授权后,可为该企业代开发自建应用 ',
          on(h('a', { href: 'javascript:;', class: 'more' }, '更多尺寸'), ['click'], () => { R.count('alt.sizes'); sizes.style.display = 'block'; })),
        h('div', { class: 'ops', style: 'display:flex;gap:8px;align-items:center;flex-wrap:wrap' },
          on(elButton('重置二维码', 'el-icon-refresh', { id: 'reset-btn' }), ['click'], reset('alt.reset.btn')),
          div,
          on(icon, ['pointerdown'], reset('alt.reset.icon')),
          on(elButton('重置二维码', 'el-icon-refresh', { id: 'reset-md' }), ['mousedown'], reset('alt.reset.md')),
          on(elButton('重置二维码', 'el-icon-refresh', { id: 'reset-mu' }), ['mouseup'], reset('alt.reset.mu')),
          wc));
    };
    const qrCard = card('授权二维码', null, qrBody);
    if (F.has('xform')) {
      // A transformed <body> (some UI kits do this) and a long page scrolled down to the QR card.
      document.body.style.transform = 'translateZ(0)';
      main.append(h('div', { class: 'spacer', style: 'height:1500px' }, '（模板说明）'));
      undo.push(() => { document.body.style.transform = ''; });
    }
    main.append(qrCard, sizes);
    if (F.has('late')) {
      qrBody.append(h('div', { class: 'loading' }, '加载中…'));
      timers.push(setTimeout(() => {
        R.request('/wwopen/developer/tpl/qrcode', { suiteid }, 0).then(() => { qrBody.textContent = ''; fillQr(); });
      }, 1000));
    } else fillQr();
    if (F.has('xform')) qrCard.scrollIntoView();

    if (F.has('variants')) {
      if (!customElements.get('el-shadow-button')) {
        customElements.define('el-shadow-button', class extends HTMLElement {
          constructor() {
            super();
            const r = this.attachShadow({ mode: 'closed' });
            r.innerHTML = '<style>button{color:#409eff;background:none;border:0;cursor:pointer}</style><button type="button"><i></i><span>重置二维码</span><b>3</b></button>';
            r.querySelector('button').addEventListener('click', () => this.dispatchEvent(new CustomEvent('press')));
          }
        });
      }
      const closed = h('el-shadow-button', { id: 'var-closed' });
      closed.addEventListener('press', () => R.count('alt.var.closed'));
      main.append(card('更多操作', null, h('div', { class: 'ops', style: 'display:flex;gap:8px' },
        on(elButton('重置二維碼（2）', 'el-icon-refresh', { id: 'var-trad' }), ['click'], reset('alt.var.trad')),
        on(h('button', { type: 'button', class: 'el-button', id: 'var-badge' }, h('span', {}, '立即重置授权二维码'), h('span', { class: 'el-badge__content' }, 'new')), ['mousedown'], reset('alt.var.badge')),
        closed,
        on(elButton('模板信息 · 编辑', 'el-icon-edit', { id: 'var-tpl' }), ['click'], () => R.count('alt.var.tpl')))));
    }

    if (F.has('iframe')) {
      main.append(card('小尺寸预览', null,
        h('iframe', { src: '/__replica__/frame-alt.html', title: 'alt-preview', style: 'width:460px;height:120px;border:0' })));
    }

    main.append(card('授权企业客户',
      on(elButton('刷新列表', 'el-icon-refresh-right', { id: 'ordinary' }), ['click'], () => R.count('alt.ordinary')),
      h('div', { class: 'row' }, h('span', {}, '桃花岛'), ' ',
        h('a', { class: 'el-button el-button--primary', href: `#/sass/customApp/app/create?suiteid=${suiteid}&appid=dk-app-1001&corpName=${encodeURIComponent('桃花岛')}` }, '开始代开发应用'))));
    return () => { timers.forEach(clearTimeout); undo.forEach((f) => f()); };
  });

  // Signed-out visit: the login QR with its reload link (documented classes), then companies to pick.
  R.route('/login', (main) => {
    main.append(h('div', { class: 'login_box', style: 'width:300px;margin:20px auto;text-align:center' },
      h('div', { class: 'login_title' }, '企业微信扫码登录'),
      h('div', { class: 'qrcode_box' },
        h('img', { class: 'qrcode_login_img', src: QR, width: '160', height: '160', alt: '' }),
        h('div', { class: 'qrcode_expired' }, h('p', {}, '二维码已失效'),
          on(h('a', { class: 'qrcode_login_reload', href: 'javascript:;' }, h('i', { class: 'ic' }, '↻'), h('span', {}, '重新生成二维码')), ['click'], () => R.count('alt.login.reload')))),
      h('ul', {}, h('li', { class: 'login_selectBiz_item' }, '某某科技'))));
  });
})();
