export const BUNDLE_OF = (corpId: string) => ({
  corpId,
  homepage: `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corpId}`,
  trustedDomain: 'html.workec.com',
  menus: [{ name: '批量加减', url: `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corpId}` }],
});
