// Vue replica of 代开发应用上线 (go-online list, picker, detail), Element-Plus-style. Same routes,
// behaviour, flags and counters as tests/replica/pages/deploy.js.
// List: renders after a fake request (~300 ms); el-button "提交上线" with a plus icon; an el-table
// (separate header / body tables) 代开发应用/模版 (name, 上线时间, 审核编号 au…) / 类型 / 所属模板 /
// 企业客户 / 状态 (el-tags) / 操作 (详 情). Rows can be given in the route (?rows=桃花岛:已上线,…).
// Picker: the el-dialog 选择要上线的应用 teleported to <body> and kept (v-show) once closed; a search
// el-input and one el-radio per developed app (native input hidden); its own 取 消 / 确 定. 确 定
// creates an order (审核编号 au…, a new 待上线 row; __replica.saved.orders, kept in sessionStorage).
// Detail (?auditorderid=au…): el-descriptions 企业客户 / 代开发应用 / 审核编号 / 状态 and the el-button
// 提交上线; pressed less than WAIT after the order was created: the el-alert 当前状态暂不允许上线.
// Flags: waitshort, deploylater, deployempty, pickerlate, pickernoapps (as in pages/deploy.js).
(function () {
  const { reactive, onMounted, onBeforeUnmount, computed } = Vue;
  const F = R.flags;
  const D = R.deployOrders(); // the orders, rows and the five-minute rule (tests/replica/lib.js)
  const { APPS } = D;

  VX.route('/sass/customApp/deploy/list', {
    props: { query: Object },
    setup(props) {
      R.count('deploy.list');
      const s = reactive({
        loaded: false,
        rows: D.listRows(props.query),
        pick: { open: false, loaded: false, chosen: '', error: '', q: '' },
      });
      R.replica.deployPicker = s.pick;
      let alive = true;
      onBeforeUnmount(() => { alive = false; });
      onMounted(() => R.request('/wwopen/developer/customApp/deploy/list', null, 300, {}).then(() => {
        if (!alive) return;
        s.loaded = true;
        if (F.has('deploylater')) setTimeout(() => { if (alive) s.rows = s.rows.map((r) => (r.corp === '光明顶' ? Object.assign({}, r, { status: '已上线', at: '2024-06-02 11:00' }) : r)); }, 2000);
      }));
      const table = computed(() => s.rows.map((r) => ['', '代开发应用', '代开发-开发', r.corp, r.status, '']));
      const apps = computed(() => (F.has('pickernoapps') ? [] : APPS.filter((a) => !s.pick.q.trim() || a.corp.includes(s.pick.q.trim()))));
      const openPicker = () => {
        R.count('deploy.submit');
        R.replica.saved.deploySubmit = (R.replica.saved.deploySubmit || 0) + 1;
        Object.assign(s.pick, { open: true, loaded: false, error: '' });
        setTimeout(() => { s.pick.loaded = true; }, F.has('pickerlate') ? 600 : 80);
      };
      const cancel = () => { R.count('deploy.pickerCancel'); s.pick.open = false; };
      const confirm = () => {
        R.count('deploy.pickerConfirm');
        if (!s.pick.chosen) { s.pick.error = '请选择应用'; return; }
        const made = D.create(s.pick.chosen, s.rows);
        R.request('/wwopen/developer/order/add', { appid: made.app.appid }, 50);
        Object.assign(s.pick, { open: false, chosen: '' });
        s.rows = made.rows;
      };
      const detail = (r) => { location.hash = '#/sass/customApp/deploy/detail?auditorderid=' + r.au; };
      return { s, table, apps, openPicker, cancel, confirm, detail };
    },
    template: `<div>
  <div v-if="!s.loaded" class="el-loading-mask">加载中</div>
  <template v-else>
    <div class="el-page-header" style="display:flex;justify-content:space-between;align-items:center"><div class="el-page-header__content">代开发应用上线</div><el-button type="primary" icon="plus" text="提交上线" @click="openPicker"/></div>
    <el-table :columns="['代开发应用/模版', '类型', '所属模板', '企业客户', '状态', '操作']" :rows="table">
      <template #cell="{ i, j, value }">
        <div v-if="j === 0"><div class="deploy-app-name">EC营客通</div><div v-if="s.rows[i].at" class="el-text el-text--info">上线时间:{{ s.rows[i].at }}</div><div class="el-text el-text--info">审核编号:{{ s.rows[i].au }}</div></div>
        <el-tag v-else-if="j === 4" :type="value === '已上线' ? 'success' : 'warning'">{{ value }}</el-tag>
        <el-button v-else-if="j === 5" link type="primary" text="详情" @click="detail(s.rows[i])"/>
        <template v-else>{{ value }}</template>
      </template>
    </el-table>
  </template>
  <el-dialog v-model="s.pick.open" title="选择要上线的应用" @cancel="cancel" @confirm="confirm">
    <div style="margin-bottom:8px"><el-input id="picker_search" v-model="s.pick.q" placeholder="搜索企业客户"/></div>
    <div v-if="!s.pick.loaded" class="el-loading-mask">加载中</div>
    <div v-else-if="apps.length" class="el-radio-group" role="radiogroup" style="display:flex;flex-direction:column">
      <el-radio v-for="a in apps" :key="a.appid" v-model="s.pick.chosen" :value="a.appid" name="picker" @update:model-value="s.pick.error = ''"><span class="picker-corp">{{ a.corp }}</span> <span class="el-text el-text--info">EC营客通</span></el-radio>
    </div>
    <el-empty v-else description="暂无可上线的应用"/>
    <div v-if="s.pick.error" class="el-form-item__error" role="alert">{{ s.pick.error }}</div>
  </el-dialog>
</div>`,
  });

  VX.route('/sass/customApp/deploy/detail', {
    props: { query: Object },
    setup(props) {
      R.count('deploy.detail');
      const au = props.query.auditorderid || '';
      const s = reactive({ loaded: false, msg: '', v: 0 });
      let alive = true;
      onBeforeUnmount(() => { alive = false; });
      onMounted(() => R.request('/wwopen/developer/order/get', { auditorderid: au }, 200).then(() => { if (alive) s.loaded = true; }));
      const order = computed(() => { void s.v; return D.find(au); });
      const submit = () => {
        R.count('deploy.detailSubmit');
        R.request('/wwopen/developer/order/set', { auditorderid: au, status: 5 }, 80).then(() => {
          s.msg = D.submit(au);
          s.v++;
        });
      };
      return { s, order, submit };
    },
    template: `<div>
  <div v-if="!s.loaded" class="el-loading-mask">加载中</div>
  <template v-else>
    <div class="el-page-header"><a href="#/sass/customApp/deploy/list">返回</a> <span class="el-page-header__content">代开发应用上线详情</span></div>
    <el-empty v-if="!order" description="订单不存在"/>
    <template v-else>
      <el-card title="上线信息">
        <el-descriptions :items="[['企业客户', order.corp], ['代开发应用', 'EC营客通'], ['审核编号', order.au], ['状态', order.status]]">
          <template #content="{ item }"><el-tag v-if="item[0] === '状态'" :type="item[1] === '已上线' ? 'success' : 'warning'">{{ item[1] }}</el-tag><template v-else>{{ item[1] }}</template></template>
        </el-descriptions>
      </el-card>
      <div v-if="order.status !== '已上线'" style="margin-top:12px"><el-button type="primary" text="提交上线" @click="submit"/></div>
      <el-alert v-if="s.msg" :type="s.msg === '提交成功' ? 'success' : 'error'" :title="s.msg"/>
    </template>
  </template>
</div>`,
  });
})();
