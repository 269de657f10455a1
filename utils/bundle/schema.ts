// The last line of defence: every bundle parseBundle returns has passed this schema, built for
// the allowed hosts in force. It re-checks, independently of the parser's own logic, that every
// URL is canonical https on an allowed host and carries the bundle's one corp id.
import { z } from 'zod';
import { corpIdSchema } from '@/utils/messages';
import { HOST_RE } from './hosts';

/** Menus kept from one paste. The editor takes 3 (the filler reports menu-4… as failed); a bundle
 *  with more is still one bundle (issue 15.12): it is kept up to this sane cap, the rest reported. */
export const MAX_MENUS = 100;
export const MAX_MENU_NAME = 200;
export const MAX_URL_LENGTH = 2048;

/** The corp ids a URL carries in its `qxCorpid` query parameter(s), or [] if unparsable. */
export function corpIdsOf(url: string): string[] {
  try {
    return new URL(url).searchParams.getAll('qxCorpid');
  } catch {
    return [];
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

function allowedUrl(allowed: readonly string[]) {
  return z
    .string()
    .max(MAX_URL_LENGTH)
    .refine((s) => {
      try {
        const u = new URL(s);
        return (
          u.href === s &&
          u.protocol === 'https:' &&
          u.username === '' &&
          u.password === '' &&
          u.port === '' &&
          allowed.includes(u.hostname)
        );
      } catch {
        return false;
      }
    }, 'url: not canonical https on an allowed host');
}

export function makeBundleSchema(allowedHosts: readonly string[]) {
  const url = allowedUrl(allowedHosts);
  return z
    .object({
      corpId: corpIdSchema,
      homepage: url.optional(),
      trustedDomain: z.string().regex(HOST_RE).optional(),
      menus: z
        .array(z.object({ name: z.string().trim().min(1).max(MAX_MENU_NAME), url }).strict())
        .max(MAX_MENUS),
    })
    .strict()
    .superRefine((b, ctx) => {
      const urls = [...(b.homepage ? [b.homepage] : []), ...b.menus.map((m) => m.url)];
      if (urls.length === 0) ctx.addIssue({ code: 'custom', message: 'no homepage and no menus' });
      for (const u of urls) {
        const ids = corpIdsOf(u);
        if (ids.length === 0 || ids.some((id) => id !== b.corpId)) {
          ctx.addIssue({ code: 'custom', message: `corp id of ${u} is not ${b.corpId}` });
        }
      }
      if (b.trustedDomain) {
        if (!allowedHosts.includes(b.trustedDomain)) ctx.addIssue({ code: 'custom', message: 'trustedDomain not allowed' });
        if (b.homepage && hostOf(b.homepage) !== b.trustedDomain) {
          ctx.addIssue({ code: 'custom', message: 'trustedDomain is not the homepage host' });
        }
      }
    });
}
