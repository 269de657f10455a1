// The administrator's policy schema (public/managed_schema.json) restates two vocabularies in JSON;
// they must stay equal to the one definition the code uses.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GUARD_ACTIONS, GUARD_POLICIES } from '@/utils/guard/policy';
import { TEACH_KINDS } from '@/utils/site/learned-keys';
import { messageSchema } from '@/utils/messages';

const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));

describe('one definition per vocabulary', () => {
  it('managed_schema.json lists the same teach kinds and guard policies as the code', () => {
    expect(schema.properties.learned.items.properties.kind.enum).toEqual([...TEACH_KINDS]);
    expect(schema.properties.guardPolicies.additionalProperties.enum).toEqual([...GUARD_POLICIES]);
    for (const a of GUARD_ACTIONS) expect(schema.properties.guardPolicies.description).toContain(a);
  });

  it('the message schema accepts exactly the defined guard actions', () => {
    const msg = (action: string) => ({ type: 'guard.attempt', action, outcome: 'blocked', page: 'x' });
    for (const a of GUARD_ACTIONS) expect(messageSchema.safeParse(msg(a)).success, a).toBe(true);
    expect(messageSchema.safeParse(msg('delete-everything')).success).toBe(false);
  });

  it('events.list filters by the logged kinds (not import) or all', () => {
    const msg = (kind: string) => ({ type: 'events.list', kind });
    for (const k of ['guard', 'autofill', 'step', 'all']) expect(messageSchema.safeParse(msg(k)).success, k).toBe(true);
    expect(messageSchema.safeParse(msg('import')).success).toBe(false);
  });
});
