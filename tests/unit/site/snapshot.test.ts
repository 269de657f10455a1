// @vitest-environment happy-dom
// The support snapshot (utils/site/snapshot.ts) is redacted: no input values, no Token /
// EncodingAESKey, no corp ids, no URL query strings, no image data, nothing of our own panel —
// but it keeps what a replica needs: tags, roles, labels, button texts, matches and why.
import { describe, it, expect } from 'vitest';
import { takeSnapshot, redactText, type SnapNode } from '@/utils/site/snapshot';
import { fillWizard } from '@/utils/fill/wizard';
import { parseRoute } from '@/utils/page/detect';
import { mountReplicaSet } from '../fakes';

const HOME = 'https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww739fc538a1b2c3d4';
const snap = (page: string, exclude: Element | null = null) => {
  const r = parseRoute(location.hash);
  return takeSnapshot(document, { page, routePath: r.path, queryKeys: Object.keys(r.query), exclude });
};
const walk = (nodes: SnapNode[], f: (n: SnapNode) => void) => { for (const n of nodes) { f(n); walk(n.children ?? [], f); walk(n.shadow ?? [], f); walk(n.frame?.children ?? [], f); } };

describe('redactText', () => {
  it('strips query strings, corp ids, long tokens and masked secrets', () => {
    expect(redactText(HOME)).toBe('https://html.workec.com/v2/wx_crm_lite_v2/auth/app?…');
    expect(redactText('企业 ww739fc538a1b2c3d4 已授权')).toBe('企业 [corpid] 已授权');
    expect(redactText('zWlp****************')).toBe('[redacted]');
    expect(redactText('Token AbCdEf0123456789XyZ')).toBe('Token [redacted]');
    expect(redactText('应用主页')).toBe('应用主页');
  });
});

describe('snapshot of the React wizard after a fill', () => {
  it('has labels, matches and why, and none of the values, Token, EncodingAESKey, corp id or our panel', async () => {
    await mountReplicaSet('pages-react', '/sass/customApp/app/create?suiteid=s&appid=a&corpName=%E6%A1%83%E8%8A%B1%E5%B2%9B', ['page2']);
    const r = await fillWizard(document, { corpId: 'ww739fc538a1b2c3d4', homepage: HOME, trustedDomain: 'html.workec.com' }, { waitMs: 500 });
    expect(r.report.status).toBe('filled');
    const panel = document.createElement('div');
    panel.innerHTML = '<textarea>应用主页: ' + HOME + '</textarea>';
    document.body.append(panel);
    const form = (window as any).__replica.create.form;
    const s = snap('wizard-dev', panel);
    const json = JSON.stringify(s);
    for (const secret of [form.token, form.aes, form.homepage, 'ww739fc538a1b2c3d4', 'qxCorpid', '桃花岛', '应用主页: ']) expect(json, secret).not.toContain(secret);
    expect(s.route).toEqual({ path: '/sass/customApp/app/create', queryKeys: ['suiteid', 'appid', 'corpName'] });
    expect(s.location).toBe('https://open.work.weixin.qq.com/wwopen/developer');
    const matched: Record<string, string> = {};
    const labels: string[] = [];
    walk(s.nodes, (n) => { if (n.match) matched[n.match.field] = n.match.by; if (n.label) labels.push(n.label); });
    expect(matched).toMatchObject({ homepage: 'label', trustedDomain: 'label', token: 'label', aesKey: 'label', enterHomepage: 'label' });
    expect(labels).toContain('应用主页');
  });
});

describe('snapshot of a login screen with a QR code', () => {
  it('holds no image data', async () => {
    await mountReplicaSet('pages-alt', '/login');
    const img = document.querySelector('img.qrcode_login_img')!;
    img.setAttribute('src', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==');
    const s = snap('login');
    const json = JSON.stringify(s);
    expect(json).not.toMatch(/data:image|base64|iVBOR|src/);
    let imgs = 0;
    walk(s.nodes, (n) => { if (n.tag === 'img') { imgs++; expect(Object.keys(n).sort()).toEqual(['tag']); } });
    expect(imgs).toBeGreaterThan(0);
  });
});

describe('snapshot of app detail (Vue): frames of the page kept, texts redacted', () => {
  it('shows the 应用主页 URL without its query', async () => {
    await mountReplicaSet('pages-vue', '/sass/customApp/app/detail?suiteid=s&appid=dk100001');
    const json = JSON.stringify(snap('app-detail'));
    expect(json).toContain('https://html.workec.com/v2/wx_crm_lite_v2/auth/app?…');
    expect(json).not.toContain('qxCorpid');
    expect(json).toContain('代开发应用详情');
  });
});
