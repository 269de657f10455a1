// Vue-rendered replica (test-only): hand-written components in the style of Element Plus, rendered
// by the real Vue 3 (its global build, /__replica__/vendor/vue.js, templates compiled in the page).
// Hard parts on purpose: v-model inputs re-rendered by Vue, <label for> pairs with CSS asterisks,
// el-checkbox whose native input (el-checkbox__original) is hidden at 0×0, dialogs teleported to
// <body> and kept there with v-show after closing, select lists teleported to <body>, buttons with
// an inner <span> and auto-inserted spaces ("确 定"), tables with a separate header table and body
// table, hints and counters beside controls. Pages register with VX.route(path, component).
(function () {
  'use strict';
  const { reactive, ref, computed, onMounted, onBeforeUnmount } = Vue;
  const routes = [];
  const VX = (window.VX = { routes, components: {} });
  VX.route = (path, comp) => routes.push({ path, comp });
  const C = VX.components;
  const spaced = (t) => (typeof t === 'string' && /^[\u4e00-\u9fff]{2}$/.test(t) ? t[0] + ' ' + t[1] : t);

  C.ElButton = {
    props: { type: String, link: Boolean, text: String, disabled: Boolean, icon: String },
    emits: ['click'],
    setup(p) { return { label: computed(() => spaced(p.text)) }; },
    template: `<button type="button" :class="['el-button', type && 'el-button--' + type, link && 'is-link', disabled && 'is-disabled']" :disabled="disabled" :aria-disabled="disabled" @click="$emit('click', $event)"><i v-if="icon" :class="'el-icon el-icon-' + icon"><svg viewBox="0 0 1024 1024" width="1em" height="1em"><path d="M480 480V128h64v352h352v64H544v352h-64V544H128v-64z"/></svg></i><span>{{ label }}</span></button>`,
  };

  C.ElInput = {
    props: { modelValue: String, id: String, placeholder: String, maxWords: Number, readonly: Boolean },
    emits: ['update:modelValue'],
    setup(p, { emit }) {
      const onInput = (ev) => { R.replica.log.push(['input', p.id, ev.target.value]); emit('update:modelValue', ev.target.value); };
      return { onInput, count: computed(() => [...(p.modelValue || '')].length) };
    },
    template: `<div class="el-input" :class="{ 'el-input-group el-input-group--append': $slots.append }"><div class="el-input__wrapper"><input class="el-input__inner" type="text" autocomplete="off" :id="id" :placeholder="placeholder" :readonly="readonly" :value="modelValue" @input="onInput"><span v-if="maxWords" class="el-input__suffix"><span class="el-input__suffix-inner"><span class="el-input__count"><span class="el-input__count-inner">{{ count }} / {{ maxWords }}</span></span></span></span></div><div v-if="$slots.append" class="el-input-group__append"><slot name="append"/></div></div>`,
  };

  C.ElCheckbox = {
    props: { modelValue: Boolean, indeterminate: Boolean, label: String, name: String },
    emits: ['update:modelValue', 'change'],
    setup(p, { emit }) {
      const onChange = (ev) => { R.replica.log.push(['check', p.name, ev.target.checked]); emit('update:modelValue', ev.target.checked); emit('change', ev.target.checked); };
      return { onChange };
    },
    template: `<label :class="['el-checkbox', modelValue && 'is-checked']"><span :class="['el-checkbox__input', modelValue && 'is-checked', indeterminate && 'is-indeterminate']"><input class="el-checkbox__original" type="checkbox" :checked="modelValue" @change="onChange"><span class="el-checkbox__inner"></span></span><span v-if="label != null" class="el-checkbox__label">{{ label }}</span></label>`,
  };

  C.ElFormItem = {
    props: { label: String, for: String, required: Boolean, tip: String },
    template: `<div :class="['el-form-item', 'asterisk-left', required && 'is-required']"><label v-if="label != null" class="el-form-item__label" :for="$props.for">{{ label }}<slot name="label-extra"/></label><div v-else class="el-form-item__label"></div><div class="el-form-item__content"><slot/><div v-if="tip" class="el-form-item__tip">{{ tip }}</div></div></div>`,
  };

  /** el-dialog: teleported to <body>, rendered on first open, then kept and hidden with v-show. */
  C.ElDialog = {
    props: { modelValue: Boolean, title: String, forceRender: Boolean },
    emits: ['cancel', 'confirm'],
    components: { ElButton: C.ElButton },
    setup(p) {
      const ever = ref(p.modelValue || p.forceRender);
      Vue.watch(() => p.modelValue, (v) => { if (v) ever.value = true; });
      return { ever };
    },
    template: `<teleport to="body"><div v-if="ever" v-show="modelValue" class="el-overlay"><div class="el-overlay-dialog" role="dialog" aria-modal="true" :aria-label="title"><div class="el-dialog"><header class="el-dialog__header"><span class="el-dialog__title" role="heading">{{ title }}</span></header><div class="el-dialog__body"><slot/></div><footer class="el-dialog__footer"><slot name="footer"><el-button text="取消" @click="$emit('cancel')"/><el-button type="primary" text="确定" @click="$emit('confirm')"/></slot></footer></div></div></div></teleport>`,
  };

  /** el-select: the wrapper shows the choice; the list is teleported to <body> and hidden with v-show. */
  C.ElSelect = {
    props: { modelValue: String, options: Array, id: String },
    emits: ['update:modelValue'],
    setup(p, { emit }) {
      const open = ref(false);
      const ever = ref(false);
      const root = ref(null);
      const pop = ref(null);
      const pos = reactive({ left: '0px', top: '0px' });
      const current = computed(() => (p.options.find((o) => o.value === p.modelValue) || {}).label || '');
      const toggle = () => {
        if (!open.value && root.value) { const r = root.value.getBoundingClientRect(); pos.left = r.left + scrollX + 'px'; pos.top = r.bottom + scrollY + 4 + 'px'; }
        open.value = !open.value;
        if (open.value) ever.value = true;
      };
      const pick = (o) => { open.value = false; emit('update:modelValue', o.value); };
      const away = (ev) => { if (open.value && root.value && !root.value.contains(ev.target) && !(pop.value && pop.value.contains(ev.target))) open.value = false; };
      onMounted(() => document.addEventListener('click', away, true));
      onBeforeUnmount(() => document.removeEventListener('click', away, true));
      return { open, ever, root, pop, pos, current, toggle, pick };
    },
    template: `<div ref="root" class="el-select" @click="toggle"><div :class="['el-select__wrapper', open && 'is-focused']"><div class="el-select__selection"><div class="el-select__selected-item el-select__placeholder"><span>{{ current || '请选择' }}</span></div><div class="el-select__selected-item el-select__input-wrapper"><input :id="id" class="el-select__input" role="combobox" readonly autocomplete="off" :aria-expanded="open" aria-haspopup="listbox"></div></div><div class="el-select__suffix"><i class="el-icon el-select__caret"><svg viewBox="0 0 1024 1024" width="1em" height="1em"><path d="M831 340 512 659 193 340z"/></svg></i></div></div></div>
      <teleport to="body"><div v-if="ever" v-show="open" ref="pop" class="el-popper is-light el-select__popper" :style="pos" role="tooltip"><div class="el-select-dropdown"><div class="el-scrollbar"><ul class="el-select-dropdown__list" role="listbox"><li v-for="o in options" :key="o.value" :class="['el-select-dropdown__item', o.value === modelValue && 'is-selected']" role="option" :aria-selected="o.value === modelValue" @click.stop="pick(o)"><span>{{ o.label }}</span></li></ul></div></div></div></teleport>`,
  };

  C.ElCard = { props: { title: String }, template: `<div class="el-card is-always-shadow"><div class="el-card__header"><span>{{ title }}</span><slot name="extra"/></div><div class="el-card__body"><slot/></div></div>` };

  C.ElDescriptions = { props: { items: Array }, template: `<div class="el-descriptions"><div class="el-descriptions__body"><table class="el-descriptions__table"><tbody><tr v-for="(it, i) in items" :key="i"><th class="el-descriptions__cell el-descriptions__label">{{ it[0] }}</th><td class="el-descriptions__cell el-descriptions__content"><slot name="content" :item="it" :i="i">{{ it[1] }}</slot></td></tr></tbody></table></div></div>` };

  /** el-table: the header and the body are separate <table>s in their own wrappers. */
  C.ElTable = { props: { columns: Array, rows: Array }, template: `<div class="el-table"><div class="el-table__inner-wrapper"><div class="el-table__header-wrapper"><table class="el-table__header"><thead><tr><th v-for="(c, i) in columns" :key="i" class="el-table__cell"><div class="cell">{{ c }}</div></th></tr></thead></table></div><div class="el-table__body-wrapper"><table class="el-table__body"><tbody><tr v-for="(r, i) in rows" :key="i" class="el-table__row"><td v-for="(c, j) in r" :key="j" class="el-table__cell"><div class="cell"><slot name="cell" :row="r" :i="i" :j="j" :value="c">{{ c }}</slot></div></td></tr><tr v-if="!rows.length"><td :colspan="columns.length" class="el-table__empty-block"><span class="el-table__empty-text">暂无数据</span></td></tr></tbody></table></div></div></div>` };

  /** el-tabs: a tab bar (role=tab) and every pane; inactive panes stay in the DOM with v-show. */
  C.ElTabs = {
    props: { modelValue: String, tabs: Array },
    emits: ['update:modelValue'],
    template: `<div class="el-tabs el-tabs--top"><div class="el-tabs__header is-top"><div class="el-tabs__nav" role="tablist"><div v-for="t in tabs" :key="t" :class="['el-tabs__item', 'is-top', t === modelValue && 'is-active']" role="tab" :aria-selected="t === modelValue" tabindex="0" @click="$emit('update:modelValue', t)">{{ t }}</div></div></div><div class="el-tabs__content"><div v-for="t in tabs" :key="t" v-show="t === modelValue" class="el-tab-pane" role="tabpanel"><slot :name="t"/></div></div></div>`,
  };

  /** el-radio: the native input (el-radio__original) hidden, state on the wrapper's class. */
  C.ElRadio = {
    props: { modelValue: String, value: String, name: String },
    emits: ['update:modelValue'],
    template: `<label :class="['el-radio', modelValue === value && 'is-checked']"><span :class="['el-radio__input', modelValue === value && 'is-checked']"><span class="el-radio__inner"></span><input class="el-radio__original" type="radio" :name="name" :value="value" :checked="modelValue === value" @change="$emit('update:modelValue', value)"></span><span class="el-radio__label"><slot/></span></label>`,
  };

  C.ElTag = { props: { type: String }, template: `<span :class="['el-tag', type && 'el-tag--' + type, 'el-tag--light']"><span class="el-tag__content"><slot/></span></span>` };
  C.ElAlert = { props: { type: String, title: String }, template: `<div :class="['el-alert', 'el-alert--' + type, 'is-light']" role="alert"><div class="el-alert__content"><span class="el-alert__title">{{ title }}</span></div></div>` };
  C.ElEmpty = { props: { description: String }, template: `<div class="el-empty"><div class="el-empty__description"><p>{{ description || '暂无数据' }}</p></div></div>` };

  C.ElSteps = { props: { active: Number, items: Array }, template: `<div class="el-steps el-steps--horizontal"><div v-for="(t, i) in items" :key="i" class="el-step is-horizontal"><div :class="['el-step__head', i + 1 === active ? 'is-process' : i + 1 < active ? 'is-finish' : 'is-wait']"><div class="el-step__icon is-text"><div class="el-step__icon-inner">{{ i + 1 }}</div></div></div><div class="el-step__main"><div :class="['el-step__title', i + 1 === active ? 'is-process' : i + 1 < active ? 'is-finish' : 'is-wait']">{{ t }}</div></div></div></div>` };

  function hashInfo() {
    const raw = location.hash.replace(/^#/, '');
    const [path, q] = raw.split('?');
    return { path: path || '/', query: Object.fromEntries(new URLSearchParams(q || '')) };
  }

  VX.start = () => {
    const App = {
      setup() {
        const hash = ref(location.hash);
        const on = () => { hash.value = location.hash; };
        onMounted(() => addEventListener('hashchange', on));
        const info = computed(() => { void hash.value; return hashInfo(); });
        const page = computed(() => (routes.find((r) => r.path === info.value.path) || {}).comp || null);
        return { hash, info, page };
      },
      template: `<div class="el-container is-vertical"><header class="el-header">企业微信 服务商后台</header><main class="el-main"><component v-if="page" :is="page" :key="hash" :query="info.query"/><div v-else>页面不存在</div></main></div>`,
    };
    const app = Vue.createApp(App);
    for (const [k, v] of Object.entries(C)) app.component(k, v);
    app.mount('#app');
    VX.stop = () => app.unmount();
  };
})();
