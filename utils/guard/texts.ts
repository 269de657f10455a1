// The guard's own strings, bundled (the guard must stay ≤ 15 KB, so not the i18n system, and an
// orphaned guard, whose extension was reloaded, can no longer reach chrome.i18n but must still speak).
// One language per text: Chinese when the browser speaks Chinese, by the same rule as the panel
// (utils/i18n uiIsChinese: chrome.i18n.getUILanguage() or navigator.language starts with zh), else English.
import { uiIsChinese } from '../i18n';
import type { GuardAction } from './policy';
import type { GuardTexts } from './ui';

/** Message key suffix of an action (guard_action_<suffix>, guard_why_<suffix>): reset-qr → reset_qr. */
export const actionKey = (a: GuardAction): string => a.replace(/-/g, '_');

type Lang = Omit<GuardTexts, 'noticeTitle' | 'dialogTitle' | 'why'> & { name: Record<GuardAction, string>; why: Record<GuardAction, string>; blocked: string; ask: string };

const SHARED_ZH = '模板和二维码由所有同事共用：';
const SHARED_EN = 'The template and QR code are shared by all colleagues: ';

const ZH: Lang = {
  name: {
    'reset-qr': '重置二维码',
    'edit-template': '编辑、保存或删除模板信息',
    'regenerate-secret': '随机获取 Token / EncodingAESKey',
    'edit-callback': '编辑回调配置',
    'miniprogram-homepage': '将小程序设为应用主页',
  },
  why: {
    'reset-qr': SHARED_ZH + '重置后未扫码的二维码全部作废。',
    'edit-template': SHARED_ZH + '改动影响所有用此模板开通的客户。',
    'regenerate-secret': 'Token 和 EncodingAESKey 必须与 EC 回调服务器一致，换成随机值后点“完成”会校验失败。',
    'edit-callback': '回调 URL、Token 和 EncodingAESKey 必须与 EC 回调服务器一致，改动后回调校验会失败。',
    'miniprogram-homepage': '在“小程序”页签点“确定”会替换应用主页网址，员工将打不开应用。请先切回“网页”页签。',
  },
  blocked: '已阻止：',
  ask: '确认操作：',
  help: '如确需操作，请联系实施主管或总公司管理员。',
  orphan: '助手已更新，本页仍按原策略拦截。请刷新本页（F5）。',
  close: '关闭',
  prompt: '如确需继续，请输入：',
  phrase: '我确认修改',
  placeholder: '在此输入上面的文字',
  confirm: '继续操作',
  cancel: '取消',
  hint: '按 Esc 或“取消”放弃，页面不会收到这次点击。',
  gone: '找不到原来的按钮，操作没有执行，请重新点击。',
  again: '助手无法代为点击此链接。请再点击一次，这一次会放行。',
};

const EN: Lang = {
  name: {
    'reset-qr': 'Reset QR code',
    'edit-template': 'Edit, save or delete the template',
    'regenerate-secret': 'Randomly regenerate Token / EncodingAESKey',
    'edit-callback': 'Edit the callback settings',
    'miniprogram-homepage': 'Make the mini program the app homepage',
  },
  why: {
    'reset-qr': SHARED_EN + 'a reset voids every QR code not yet scanned.',
    'edit-template': SHARED_EN + 'a change affects every customer set up from it.',
    'regenerate-secret': "Token and EncodingAESKey must match EC's callback server; new random values make the callback check fail on Done.",
    'edit-callback': "The callback URL, Token and EncodingAESKey must match EC's callback server; changing them breaks the callback check.",
    'miniprogram-homepage': "OK on the mini program tab replaces the homepage URL and staff cannot open the app. Switch back to the web page tab first.",
  },
  blocked: 'Blocked: ',
  ask: 'Confirm: ',
  help: 'If it must be done, ask your implementation lead or head-office admin.',
  orphan: 'The assistant was updated: still guarded with the old policy. Reload the page (F5).',
  close: 'Close',
  prompt: 'To go on, type: ',
  phrase: 'I confirm',
  placeholder: 'Type the text above here',
  confirm: 'Go on',
  cancel: 'Cancel',
  hint: 'Esc or Cancel gives up; the page never gets this click.',
  gone: 'The button is gone, so nothing was done. Please click again.',
  again: 'The assistant cannot press this link for you. Click it once more; that one click goes through.',
};

/** The guard's texts in the browser's language (`zh` forces one, for tests). */
export function loadTexts(zh: boolean = uiIsChinese()): GuardTexts {
  const L = zh ? ZH : EN;
  const per = (f: (a: GuardAction) => string) => Object.fromEntries(Object.keys(L.name).map((a) => [a, f(a as GuardAction)])) as Record<GuardAction, string>;
  return { ...L, noticeTitle: per((a) => L.blocked + L.name[a]), dialogTitle: per((a) => L.ask + L.name[a]) };
}
