// Site knowledge, part 1: every word the extension relies on to find its way in the provider backend
// (labels, button words, headings, hints, login markers) — in ONE place, each entry with the replica
// pages it must match. tests/unit/site/vocabulary.test.ts mounts those pages on EVERY replica set
// (pages, pages-alt, pages-react, pages-vue) and counts the matches, so a site change (or a
// replica the entry never met) is a one-file fix with its evidence beside it.
//
// The guard's own words stay in utils/guard/rules.ts (the guard must stay tiny and self-contained).
// Facts and guesses: docs/provider-backend.md (synonyms below are the "assumed" ones).

/** A replica page (see tests/unit/site/vocabulary.test.ts for how each is opened on each set). */
export type PageRef =
  | 'wizard-basic'
  | 'wizard-dev'
  | 'app-detail'
  | 'permission-dialog'
  | 'menu-editor'
  | 'menu-form'
  | 'template-detail'
  | 'deploy-list';

/** How the words are looked for: label text, a control's text, any visible text, a placeholder, a CSS selector. */
export type Match = 'label' | 'control' | 'text' | 'placeholder' | 'selector';

export interface Entry {
  readonly words: readonly string[];
  readonly match: Match;
  /** Replica pages where at least one of `words` must be found, on every replica set that has the page. */
  readonly on: readonly PageRef[];
}

const entry = (match: Match, on: readonly PageRef[], ...words: string[]): Entry => ({ words, match, on });

export const SITE = {
  // --- 开始代开发应用 (wizard) -------------------------------------------------------------------
  stepBasic: entry('text', ['wizard-basic', 'wizard-dev'], '确认基础信息'),
  stepDev: entry('text', ['wizard-basic', 'wizard-dev'], '配置开发信息'),
  nextButton: entry('control', ['wizard-basic'], '下一步'),
  finishButton: entry('control', ['wizard-dev'], '完成'),
  basicLabelsCustomer: entry('label', ['wizard-basic', 'app-detail'], '企业客户', '企业名称', '客户企业'),
  basicLabelsAppName: entry('label', ['wizard-basic'], '应用名称'),
  basicLabelsIntro: entry('label', ['wizard-basic'], '应用简介', '应用Logo'),
  homepage: entry('label', ['wizard-dev'], '应用主页'),
  homepagePlaceholder: entry('placeholder', ['wizard-dev'], '请填写带协议头的合法URL'),
  enterHomepage: entry('label', ['wizard-dev'], '在微工作台中始终进入主页'),
  trustedDomain: entry('label', ['wizard-dev'], '可信域名'),
  ipWhitelist: entry('label', ['wizard-dev'], 'IP白名单'),
  ipWhitelistPlaceholder: entry('placeholder', ['wizard-dev'], '请填写调用的IP地址'),
  callbackUrl: entry('label', ['wizard-dev'], '代开发应用回调URL', '回调URL'),
  token: entry('label', ['wizard-dev'], 'Token'),
  aesKey: entry('label', ['wizard-dev'], 'EncodingAESKey'),

  // --- 代开发应用详情 (app detail) ---------------------------------------------------------------
  detailHeading: entry('text', ['app-detail'], '代开发应用详情'),
  detailSections: entry('text', ['app-detail'], '基本信息', '权限', '使用配置', '回调配置', '审批接口', '自定义菜单', '企业微信授权登录'),
  editButton: entry('control', ['app-detail'], '编辑'),

  // --- 权限 dialog ---------------------------------------------------------------------------
  permissionLabels: entry('label', ['permission-dialog'],
    '成员基本信息', '账号', '部门ID', '头像', '性别', '成员企业微信二维码',
    '成员敏感信息', '姓名', '手机号', '部门名', '邮箱', '职务', '座机', '地址', '拓展属性', '对外属性', '对外职务',
    '企业客户权限', '客户基础信息', '客户联系'),
  /** Labels only the 权限 dialog shows (a dialog needs some of these to count as it). */
  permissionStrongLabels: entry('label', ['permission-dialog'], '成员基本信息', '成员敏感信息', '成员企业微信二维码', '企业客户权限', '部门ID', '手机号', '对外职务', '拓展属性'),
  /** A dialog's dismissing control (pressed in the 权限 dialog, it takes back an armed 确定). */
  cancelButton: entry('control', ['permission-dialog'], '取消', '暂不授权', '关闭', '×', '✕', 'x'),
  /** A dialog's 确定 (the 应用主页 dialog's: step 6 is done when it closes; the go-online picker's). */
  confirmButton: entry('control', ['permission-dialog'], '确定'),
  /** The 应用主页 dialog says a mini program is associated. */
  homepageAssociated: entry('text', [], '已关联', '关联成功', '已绑定'),

  // --- 自定义菜单 (menu editor) ----------------------------------------------------------------
  menuEditorHeading: entry('text', ['menu-editor'], '自定义菜单'),
  addMenu: entry('control', ['menu-editor'], '添加主菜单', '新增主菜单', '添加菜单'),
  menuName: entry('label', ['menu-form'], '菜单名称', '主菜单名称', '名称', '菜单名', '菜单标题', '标题', '名字'),
  menuUrl: entry('label', ['menu-form'], '网页地址', '页面地址', '网址', '网页链接', '链接地址', '链接', 'URL', '网页URL', 'URL地址', '跳转链接', '跳转地址', '页面链接', '网站地址', '地址'),
  menuType: entry('label', ['menu-form'], '菜单内容', '菜单类型', '类型', '内容', '菜单动作', '动作', '响应动作', '跳转类型'),
  /** The type option to choose (rank = order); `view` is the WeCom API's name. */
  webType: entry('text', [], '跳转网页', '跳转到网页', '打开网页', '跳转至网页', '网页', '跳转链接', '打开链接', 'view'),
  deleteMenu: entry('control', ['menu-form'], '删除菜单', '删除主菜单', '删除该菜单', '删除', '移除', '移除菜单'),
  /** What a freshly added, still unnamed menu shows in the preview. */
  unnamedMenu: entry('text', [], '菜单名称', '新菜单', '主菜单', '未命名', '未命名菜单', '新建菜单', '主菜单名称'),
  saveButton: entry('control', ['menu-editor'], '保存', '发布', '保存并发布', '保存菜单'),
  /** The toast that answers a successful 保存 (it shows for a moment after the press only). */
  savedToast: entry('text', [], '保存成功', '已保存', '设置成功', '发布成功', '操作成功'),
  /** Control words near the menu bar that are never a menu. */
  menuUiWords: entry('control', [], '保存', '发布', '保存并发布', '取消', '预览', '返回', '确定', '确认', '删除', '删除菜单', '添加主菜单', '添加子菜单', '添加菜单', '编辑', '设置', '帮助', '撤销'),
  confirmDelete: entry('control', [], '删除', '确定删除', '确定', '确认'),

  // --- template detail / go-online -----------------------------------------------------------
  templateHeading: entry('text', ['template-detail'], '代开发应用模板详情'),
  templateControls: entry('control', ['template-detail'], '重置二维码', '编辑模板信息'),
  startDevelopment: entry('control', ['template-detail'], '开始代开发应用'),
  templateListTitle: entry('text', [], '代开发应用模板'),
  submitOnline: entry('control', ['deploy-list'], '提交上线'),
  /** The go-online list's columns (its rows are read by these headers). */
  deployHeaderCustomer: entry('text', ['deploy-list'], '企业客户'),
  deployHeaderStatus: entry('text', ['deploy-list'], '状态'),
  /** Column headers and actions of the backend's lists: never a customer's name. */
  listHeaders: entry('text', ['deploy-list'], '企业名称', '企业客户', '状态', '操作', '类型', '所属模板', '代开发应用/模版'),
  /** Texts only a panel page shows (for pages whose route is assumed): the page script asks for the panel. */
  panelPageMarkers: entry('text', ['wizard-dev', 'menu-editor', 'template-detail', 'app-detail'], '自定义菜单', '添加主菜单', '配置开发信息', '代开发应用模板详情', '代开发应用详情', '代开发应用上线'),
  /** A row's control that opens that customer's app (template detail's list). */
  viewRow: entry('control', [], '查看', '详情'),
  /** Words in a customer list that are never a customer's name (headers, statuses, actions). */
  notAName: entry('text', ['template-detail'], '企业名称', '企业客户', '状态', '操作', '开始代开发应用', '查看', '待开发', '已开发', '已授权', '未开发', '开发中', '已上线', '待上线', '授权企业客户', '详情', '编辑', '删除', 'EC营客通', '代开发应用'),
  /** The go-online picker: what its dialog says, its empty and loading messages. */
  pickerHints: entry('text', [], '选择', '上线', '应用'),
  pickerEmpty: entry('text', [], '暂无', '没有', '无可', 'empty'),
  pickerLoading: entry('text', [], '加载中', 'loading'),
  /** The go-online detail's answers. */
  onlineRefused: entry('text', [], '当前状态暂不允许上线'),
  onlineDone: entry('text', ['deploy-list'], '已上线'),

  // --- what ec-next-step opens on the detail: a section's title and its control --------------
  sectionPermissions: entry('text', ['app-detail'], '权限'),
  sectionPermissionsControl: entry('control', ['app-detail'], '编辑'),
  sectionMenus: entry('text', ['app-detail'], '自定义菜单'),
  sectionMenusControl: entry('control', ['app-detail'], '设置', '编辑'),
  sectionHomepage: entry('text', ['app-detail'], '应用主页'),
  sectionHomepageControl: entry('control', ['app-detail'], '修改', '编辑'),

  // --- signed out ----------------------------------------------------------------------------
  /** The login iframe's QR code, its reload link, the company chooser (a public Selenium script). */
  loginMarkers: entry('selector', [], 'img.qrcode_login_img', 'a.qrcode_login_reload', 'li.login_selectBiz_item', '.login_selectBiz', '#wwLogin', '.wwLogin_qrcode'),
} as const satisfies Record<string, Entry>;

export type SiteKey = keyof typeof SITE;

/** The words of an entry (a fresh array: callers may not mutate the vocabulary). */
export const words = (k: SiteKey): string[] => [...SITE[k].words];

/** Limits published for WeCom app menus. */
export const MENU_LIMITS = { mainMenus: 3, nameBytes: 16, urlBytes: 256 } as const;

/** Hints and limits printed beside the menu bar ("最多添加3个主菜单…") — never a menu's name. */
export const MENU_HINT = /最多|最少|至多|不超过|不能超过|上限|可添加|还可|个主菜单|个子菜单|个菜单|以内|点击|拖动|拖拽/;
/** "0/3", "1 / 3", "（2/3）": a counter beside a control. */
export const COUNTER = /^[(（]?\d+\s*([/／]\s*\d+)?[)）]?$/;
/** The wizard's step bar: "1. 确认基础信息" / "第2步 配置开发信息" (by labelKey). */
export const STEP_BASIC = /^(第?[1１一][.、．]?)?(步)?确认基础信息$/;
export const STEP_DEV = /^(第?[2２二][.、．]?)?(步)?配置开发信息$/;
/** The go-online list's app column header: 代开发应用 / 代开发应用/模版 / 代开发应用模板. */
export const DEPLOY_APP_HEADER = /^代开发应用(\/|／)?(模版|模板)?$/;
/** "EC营客通 - 自定义菜单": the editor's own title. */
export const MENU_EDITOR_TITLE = /[-–—－|｜:：>›»]\s*自定义菜单\s*$/;
