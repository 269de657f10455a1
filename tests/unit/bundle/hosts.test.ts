// Allowed-host list: parsing what the user types, normalising what parseBundle receives, and the
// stored setting's default.
import { describe, it, expect } from 'vitest';
import { parseHostList, normaliseAllowedHosts, isBareHostname, DEFAULT_ALLOWED_HOSTS } from '@/utils/bundle';
import { allowedHostsItem } from '@/utils/settings';

describe('host list', () => {
  it('bare host names only', () => {
    for (const h of ['html.workec.com', 'a.b', 'xn--80ak6aa92e.com', 'h5-x.workec.cn']) expect(isBareHostname(h), h).toBe(true);
    for (const h of ['', 'localhost', 'https://html.workec.com', 'html.workec.com/', 'html.workec.com:443', 'HTML.workec.com', '-a.com', 'a..com', 'html.workec.com.', 'a b.com', 'user@a.com'])
      expect(isBareHostname(h), h).toBe(false);
  });
  it('parses one per line (commas and spaces also separate), lower-cased and de-duplicated', () => {
    expect(parseHostList(' html.workec.com\nH5.WORKEC.CN, html.workec.com ;x.y\r\n\n')).toEqual({ hosts: ['html.workec.com', 'h5.workec.cn', 'x.y'], invalid: [] });
  });
  it('reports what is not a host, as typed', () => {
    expect(parseHostList('https://html.workec.com/\nhtml.workec.com:8443\nok.com')).toEqual({
      hosts: ['ok.com'],
      invalid: ['https://html.workec.com/', 'html.workec.com:8443'],
    });
  });
  it('full-width input is normalised', () => {
    expect(parseHostList('ｈｔｍｌ．ｗｏｒｋｅｃ．ｃｏｍ').hosts).toEqual(['html.workec.com']);
  });
  it('normaliseAllowedHosts drops junk and falls back to the default when nothing is left', () => {
    expect(normaliseAllowedHosts([' HTML.workec.com ', 'bad host', 42, 'html.workec.com'])).toEqual(['html.workec.com']);
    expect(normaliseAllowedHosts([])).toEqual(DEFAULT_ALLOWED_HOSTS);
    expect(normaliseAllowedHosts(undefined)).toEqual(DEFAULT_ALLOWED_HOSTS);
  });
});

describe('allowedHostsItem setting', () => {
  it('defaults to html.workec.com and stores what is set', async () => {
    expect(await allowedHostsItem.getValue()).toEqual(['html.workec.com']);
    await allowedHostsItem.setValue(['html.workec.com', 'h5.workec.cn']);
    expect(await allowedHostsItem.getValue()).toEqual(['html.workec.com', 'h5.workec.cn']);
    expect(allowedHostsItem.key).toBe('local:allowedHosts');
  });
});
