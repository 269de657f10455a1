// React-rendered replica (test-only): hand-written components in the style of Ant Design, rendered
// by the real React 19 (served as /__replica__/vendor/react.js). What makes it hard to autofill is
// React itself — controlled inputs with React's value tracker, synthetic events, re-renders that
// replace nodes — plus the kit's habits: <label for> pairs, the required asterisk and the label's
// colon drawn by CSS, native checkbox inputs made transparent over a styled box, modals rendered in
// portals under <body> that stay in the DOM (display:none) after closing, select drop-downs in a
// portal under <body> that open on mousedown, buttons whose two-character text gets a space ("确 定"),
// tables with a separate header table and body table, hints and counters beside controls.
// Pages register with RX.route(path, Component); window.__replica is lib.js's (R.request, R.count).
(function () {
  'use strict';
  const e = React.createElement;
  const routes = [];
  const RX = (window.RX = { e, routes, update: () => {} });
  RX.route = (path, Page) => routes.push({ path, Page });
  /** A page's mutable state, created once per mount (re-rendered with RX.update()). */
  RX.useStore = (init) => React.useState(init)[0];
  /** Run fn after a fake request; ignored once the page unmounted. */
  RX.useLoad = (fn, deps) => React.useEffect(() => { let alive = true; fn(() => alive); return () => { alive = false; }; }, deps || []);

  const cx = (...a) => a.filter(Boolean).join(' ');
  RX.cx = cx;
  // Ant Design puts a space between two CJK characters in a button ("确定" → "确 定").
  const spaced = (t) => (typeof t === 'string' && /^[\u4e00-\u9fff]{2}$/.test(t) ? t[0] + ' ' + t[1] : t);
  const svg = (d) => e('svg', { viewBox: '0 0 1024 1024', width: '1em', height: '1em', fill: 'currentColor', 'aria-hidden': 'true', focusable: 'false' }, e('path', { d }));
  RX.icon = (name) => e('span', { role: 'img', 'aria-label': name, className: 'anticon anticon-' + name }, svg('M512 64a448 448 0 1 0 0 896 448 448 0 1 0 0-896z'));

  RX.Button = function Button(p) {
    return e('button', { type: 'button', className: cx('ant-btn', p.type && 'ant-btn-' + p.type, p.danger && 'ant-btn-dangerous'), disabled: p.disabled, onClick: p.onClick, onMouseDown: p.onMouseDown },
      p.icon ? RX.icon(p.icon) : null, e('span', null, spaced(p.children)));
  };

  /** A controlled text input (React owns the value). `count` shows "n / max" beside it. */
  RX.Input = function Input(p) {
    const inp = e('input', {
      id: p.id, className: 'ant-input', type: 'text', value: p.store[p.k] ?? '', placeholder: p.placeholder, autoComplete: 'off',
      onChange: (ev) => { p.store[p.k] = ev.target.value; R.replica.log.push(['input', p.k, ev.target.value]); if (p.onValue) p.onValue(ev.target.value); RX.update(); },
    });
    if (p.count) return e('span', { className: 'ant-input-affix-wrapper' }, inp, e('span', { className: 'ant-input-suffix' }, e('span', { className: 'ant-input-show-count-suffix' }, `${[...(p.store[p.k] ?? '')].length} / ${p.count}`)));
    if (p.addon) return e('span', { className: 'ant-input-group-wrapper' }, e('span', { className: 'ant-input-wrapper ant-input-group' }, inp, e('span', { className: 'ant-input-group-addon' }, p.addon)));
    return inp;
  };

  /** Ant-style checkbox: the native input is transparent over the styled box; state on the wrapper. */
  RX.Checkbox = function Checkbox(p) {
    return e('label', { className: cx('ant-checkbox-wrapper', p.checked && 'ant-checkbox-wrapper-checked') },
      e('span', { className: cx('ant-checkbox', p.checked && 'ant-checkbox-checked', p.indeterminate && 'ant-checkbox-indeterminate') },
        e('input', { type: 'checkbox', className: 'ant-checkbox-input', checked: !!p.checked, onChange: (ev) => { R.replica.log.push(['check', p.name, ev.target.checked]); p.onChange(ev.target.checked); RX.update(); } }),
        e('span', { className: 'ant-checkbox-inner' })),
      p.label != null ? e('span', null, p.label) : null);
  };

  /** Form.Item: label[for] (asterisk and colon by CSS), control, extra text under it. */
  RX.FormItem = function FormItem(p) {
    const label = p.label == null ? null : e('div', { className: 'ant-col ant-form-item-label' },
      e('label', { htmlFor: p.htmlFor, className: cx(p.required && 'ant-form-item-required'), title: p.label },
        p.label, p.optional ? e('span', { className: 'ant-form-item-optional', title: '' }, '(选填)') : null,
        p.tooltip ? e('span', { role: 'img', 'aria-label': 'question-circle', className: 'anticon anticon-question-circle ant-form-item-tooltip', title: p.tooltip }) : null));
    return e('div', { className: cx('ant-form-item', p.label == null && 'ant-form-item-no-label') },
      e('div', { className: 'ant-row ant-form-item-row' }, label,
        e('div', { className: 'ant-col ant-form-item-control' },
          e('div', { className: 'ant-form-item-control-input' }, e('div', { className: 'ant-form-item-control-input-content' }, p.children)),
          p.extra ? e('div', { className: 'ant-form-item-extra' }, p.extra) : null)));
  };

  /** A portal container under <body>, created on first use and never removed. */
  function usePortal(cls) {
    const ref = React.useRef(null);
    if (!ref.current) { ref.current = document.createElement('div'); ref.current.className = cls; document.body.append(ref.current); }
    return ref.current;
  }

  /** Modal in a portal: rendered on first open, kept in the DOM with display:none once closed. */
  RX.Modal = function Modal(p) {
    const host = usePortal('ant-modal-root-host');
    const ever = React.useRef(false);
    if (p.open || p.forceRender) ever.current = true;
    if (!ever.current) return null;
    const hide = p.open ? undefined : { display: 'none' };
    return ReactDOM.createPortal(e('div', { className: 'ant-modal-root' },
      e('div', { className: 'ant-modal-mask', style: hide }),
      e('div', { tabIndex: -1, className: 'ant-modal-wrap', role: 'dialog', 'aria-labelledby': p.id + '_title', style: hide },
        e('div', { className: 'ant-modal', role: 'document' },
          e('div', { className: 'ant-modal-content' },
            e('div', { className: 'ant-modal-header' }, e('div', { className: 'ant-modal-title', id: p.id + '_title' }, p.title)),
            e('div', { className: 'ant-modal-body' }, p.children),
            e('div', { className: 'ant-modal-footer' }, p.footer !== undefined ? p.footer : [
              e(RX.Button, { key: 'c', onClick: p.onCancel }, '取消'),
              e(RX.Button, { key: 'o', type: 'primary', onClick: p.onOk, onMouseDown: p.onOkMouseDown }, '确定')]))))), host);
  };

  /** Tabs: the tab bar (role=tab) and every pane; inactive panes stay in the DOM, hidden. */
  RX.Tabs = function Tabs(p) {
    return e('div', { className: 'ant-tabs ant-tabs-top' },
      e('div', { role: 'tablist', className: 'ant-tabs-nav' }, e('div', { className: 'ant-tabs-nav-list' }, p.items.map((it) => e('div', { key: it.key, className: cx('ant-tabs-tab', it.key === p.active && 'ant-tabs-tab-active') },
        e('div', { role: 'tab', 'aria-selected': it.key === p.active, tabIndex: 0, className: 'ant-tabs-tab-btn', onClick: () => p.onChange(it.key) }, it.label))))),
      e('div', { className: 'ant-tabs-content-holder' }, e('div', { className: 'ant-tabs-content ant-tabs-content-top' }, p.items.map((it) => e('div', { key: it.key, role: 'tabpanel', className: cx('ant-tabs-tabpane', it.key === p.active ? 'ant-tabs-tabpane-active' : 'ant-tabs-tabpane-hidden'), 'aria-hidden': it.key !== p.active }, it.children)))));
  };

  /** Radio: the native input is transparent over the styled circle (like the checkbox). */
  RX.Radio = function Radio(p) {
    return e('label', { className: cx('ant-radio-wrapper', p.checked && 'ant-radio-wrapper-checked') },
      e('span', { className: cx('ant-radio', p.checked && 'ant-radio-checked') },
        e('input', { type: 'radio', className: 'ant-radio-input', name: p.name, value: p.value, checked: !!p.checked, onChange: () => { p.onChange(p.value); RX.update(); } }),
        e('span', { className: 'ant-radio-inner' })),
      e('span', null, p.children));
  };

  RX.Tag = function Tag(p) { return e('span', { className: cx('ant-tag', p.color && 'ant-tag-' + p.color) }, p.children); };
  RX.Alert = function Alert(p) { return e('div', { className: 'ant-alert ant-alert-' + (p.type || 'info'), role: 'alert' }, RX.icon(p.type === 'error' ? 'close-circle' : 'check-circle'), e('div', { className: 'ant-alert-content' }, e('div', { className: 'ant-alert-message' }, p.message))); };
  RX.Empty = function Empty(p) { return e('div', { className: 'ant-empty ant-empty-normal' }, e('div', { className: 'ant-empty-description' }, p.text || '暂无数据')); };

  /** Select: the selector shows the choice; the option list is portalled to <body>, opens on mousedown. */
  RX.Select = function Select(p) {
    const host = usePortal('ant-select-portal');
    const [open, setOpen] = React.useState(false);
    const ever = React.useRef(false);
    const ref = React.useRef(null);
    if (open) ever.current = true;
    React.useEffect(() => {
      if (!open) return undefined;
      const away = (ev) => { if (ref.current && !ref.current.contains(ev.target) && !host.contains(ev.target)) setOpen(false); };
      document.addEventListener('mousedown', away);
      return () => document.removeEventListener('mousedown', away);
    }, [open]);
    const cur = p.options.find((o) => o.value === p.value);
    let pos = { left: 0, top: 0 };
    if (open && ref.current) { const r = ref.current.getBoundingClientRect(); pos = { left: r.left + scrollX, top: r.bottom + scrollY + 4 }; }
    return e(React.Fragment, null,
      e('div', { ref, className: cx('ant-select ant-select-single ant-select-show-arrow', open && 'ant-select-open'), onMouseDown: (ev) => { ev.preventDefault(); setOpen(!open); } },
        e('div', { className: 'ant-select-selector' },
          e('span', { className: 'ant-select-selection-search' }, e('input', { id: p.id, role: 'combobox', readOnly: true, 'aria-expanded': open, 'aria-haspopup': 'listbox', 'aria-controls': p.id + '_list', className: 'ant-select-selection-search-input', value: '' })),
          cur ? e('span', { className: 'ant-select-selection-item', title: cur.label }, cur.label) : e('span', { className: 'ant-select-selection-placeholder' }, '请选择')),
        e('span', { className: 'ant-select-arrow', 'aria-hidden': 'true' }, RX.icon('down'))),
      ever.current ? ReactDOM.createPortal(e('div', { className: cx('ant-select-dropdown', !open && 'ant-select-dropdown-hidden'), style: pos },
        e('div', { role: 'listbox', id: p.id + '_list' }),
        e('div', { className: 'rc-virtual-list' }, p.options.map((o) => e('div', {
          key: o.value, className: cx('ant-select-item ant-select-item-option', o.value === p.value && 'ant-select-item-option-selected'), title: o.label, 'aria-selected': o.value === p.value,
          onMouseDown: (ev) => ev.preventDefault(),
          onClick: () => { setOpen(false); p.onChange(o.value); RX.update(); },
        }, e('div', { className: 'ant-select-item-option-content' }, o.label))))), host) : null);
  };

  RX.Card = function Card(p) {
    return e('div', { className: 'ant-card ant-card-bordered' },
      e('div', { className: 'ant-card-head' }, e('div', { className: 'ant-card-head-title' }, p.title), p.extra ? e('div', { className: 'ant-card-extra' }, p.extra) : null),
      e('div', { className: 'ant-card-body' }, p.children));
  };

  /** Descriptions: a table of label / value rows. */
  RX.Descriptions = function Descriptions(p) {
    return e('div', { className: 'ant-descriptions' }, e('table', null, e('tbody', null, p.items.map(([label, value, action], i) =>
      e('tr', { key: i, className: 'ant-descriptions-row' }, e('th', { className: 'ant-descriptions-item-label' }, label), e('td', { className: 'ant-descriptions-item-content' }, value, action || null))))));
  };

  /** Table with a fixed header: the header and the body are two separate <table>s. */
  RX.Table = function Table(p) {
    const cols = e('colgroup', null, p.columns.map((c, i) => e('col', { key: i })));
    return e('div', { className: 'ant-table-wrapper' }, e('div', { className: 'ant-table ant-table-fixed-header' }, e('div', { className: 'ant-table-container' },
      e('div', { className: 'ant-table-header' }, e('table', null, cols, e('thead', { className: 'ant-table-thead' }, e('tr', null, p.columns.map((c, i) => e('th', { key: i, className: 'ant-table-cell' }, c)))))),
      e('div', { className: 'ant-table-body' }, e('table', null, cols, e('tbody', { className: 'ant-table-tbody' }, p.rows.length ? p.rows.map((r, i) => e('tr', { key: i, className: 'ant-table-row', 'data-row-key': p.rowKeys ? p.rowKeys[i] : i }, r.map((c, j) => e('td', { key: j, className: 'ant-table-cell' }, c)))) : e('tr', { className: 'ant-table-placeholder' }, e('td', { colSpan: p.columns.length, className: 'ant-table-cell' }, e(RX.Empty)))))))));
  };

  RX.Steps = function Steps(p) {
    return e('div', { className: 'ant-steps ant-steps-horizontal' }, p.items.map((t, i) => e('div', { key: i, className: cx('ant-steps-item', i + 1 < p.current ? 'ant-steps-item-finish' : i + 1 === p.current ? 'ant-steps-item-process ant-steps-item-active' : 'ant-steps-item-wait') },
      e('div', { className: 'ant-steps-item-container' }, e('div', { className: 'ant-steps-item-icon' }, e('span', { className: 'ant-steps-icon' }, i + 1)), e('div', { className: 'ant-steps-item-content' }, e('div', { className: 'ant-steps-item-title' }, t))))));
  };

  RX.Message = function Message(p) {
    return p.text ? e('div', { className: 'ant-message', role: 'alert' }, e('span', null, p.text)) : null;
  };

  function hashInfo() {
    const raw = location.hash.replace(/^#/, '');
    const [path, q] = raw.split('?');
    return { path: path || '/', query: Object.fromEntries(new URLSearchParams(q || '')), raw };
  }

  function App() {
    const [, setV] = React.useState(0);
    const [hash, setHash] = React.useState(location.hash);
    RX.update = () => setV((v) => v + 1);
    React.useEffect(() => { const on = () => setHash(location.hash); addEventListener('hashchange', on); return () => removeEventListener('hashchange', on); }, []);
    const info = hashInfo();
    const r = routes.find((x) => x.path === info.path);
    return e('div', { className: 'ant-layout' },
      e('div', { className: 'layout-header' }, '企业微信 服务商后台'),
      e('div', { className: 'layout-content' }, r ? e(r.Page, { key: hash, query: info.query }) : e('div', null, '页面不存在')));
  }

  RX.start = () => { RX.root = ReactDOM.createRoot(document.getElementById('root')); RX.root.render(e(App)); };
  RX.stop = () => { if (RX.root) RX.root.unmount(); RX.root = null; };
})();
