// Options page: one policy select per guarded action (locked when an administrator set it through
// chrome.storage.managed) and the guard's audit log, newest first, refreshed live.
import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { call } from '@/utils/rpc';
import type { EventView } from '@/utils/dto';
import { AUDIT_STAMP_KEY, DEFAULT_POLICIES, FORBIDDEN, GUARD_ACTIONS, GUARD_POLICIES, POLICY_KEY, allowPhraseOk, type GuardAction, type GuardPolicy, type LockMap, type PolicyMap } from '@/utils/guard/policy';
import { actionKey } from '@/utils/guard/texts';

type AuditRow = EventView;
type PolicyState = { policies: PolicyMap; locked: LockMap };

const cell: CSSProperties = { borderBottom: '1px solid #eee', padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' };

/** The part of a backend address worth showing: the hash route (or the path for other pages). */
export function shortPage(page?: string): string {
  if (!page) return '';
  try {
    const u = new URL(page);
    return decodeURIComponent(u.hash ? u.hash.slice(1) : u.pathname);
  } catch {
    return page;
  }
}

function outcomeLabel(o?: string): string {
  return o ? t(`guard_outcome_${o}`) : '';
}

export function GuardSettings() {
  const [state, setState] = useState<PolicyState | null>(null);
  const [rows, setRows] = useState<AuditRow[]>([]);
  const [error, setError] = useState('');
  // A forbidden action the user wants to allow: asked with a typed phrase first (never a native confirm).
  const [asking, setAsking] = useState<GuardAction | null>(null);
  const [typed, setTyped] = useState('');

  const loadPolicies = useCallback(async () => {
    try {
      const r = await call({ type: 'guard.policies' });
      setState({ policies: r.policies, locked: r.locked });
      // The administrator's policy was still loading (slow first read): ask again shortly.
      if (r.managedPending) window.setTimeout(() => void loadPoliciesRef.current?.(), 700);
    } catch (e) {
      setError(t('guard_loadError', [(e as Error).message]));
    }
  }, []);
  const loadPoliciesRef = useRef(loadPolicies);
  loadPoliciesRef.current = loadPolicies;

  const loadRows = useCallback(async () => {
    try {
      const r = await call({ type: 'events.list', kind: 'guard', limit: 500 });
      setRows(r);
    } catch (e) {
      setError(t('guard_loadError', [(e as Error).message]));
    }
  }, []);

  useEffect(() => {
    void loadPolicies();
    void loadRows();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (POLICY_KEY in changes && (area === 'local' || area === 'managed')) void loadPolicies();
      if (AUDIT_STAMP_KEY in changes && area === 'session') void loadRows();
    };
    const onVisible = () => { if (document.visibilityState === 'visible') void loadRows(); };
    browser.storage.onChanged.addListener(onChanged);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [loadPolicies, loadRows]);

  const change = async (action: GuardAction, policy: GuardPolicy, confirm?: string) => {
    if (!state) return;
    if (policy === 'allow' && FORBIDDEN.includes(action) && confirm === undefined) {
      setAsking(action);
      setTyped('');
      return;
    }
    setAsking(null);
    const before = state;
    setError('');
    setState({ ...state, policies: { ...state.policies, [action]: policy } });
    try {
      const r = await call({ type: 'guard.setPolicy', action, policy, ...(confirm !== undefined ? { confirm } : {}) });
      setState({ policies: r.policies, locked: r.locked });
    } catch (e) {
      setState(before);
      setError(t('guard_saveError', [(e as Error).message]));
    }
  };

  return (
    <section aria-labelledby="guard-title">
      <h2 id="guard-title">{t('guard_settingsTitle')}</h2>
      <p style={{ color: '#555' }}>{t('guard_settingsIntro')}</p>
      {error && <p role="alert" style={{ color: '#b3261e' }}>{error}</p>}
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr><th style={cell}>{t('guard_col_action')}</th><th style={cell}>{t('guard_col_policy')}</th></tr>
        </thead>
        <tbody>
          {GUARD_ACTIONS.map((a) => {
            const locked = !!state?.locked[a];
            const id = `guard-policy-${a}`;
            return (
              <tr key={a}>
                <td style={cell}>
                  <label htmlFor={id} style={{ fontWeight: 600 }}>{t(`guard_action_${actionKey(a)}`)}</label>
                  <div style={{ color: '#777', fontSize: 12, maxWidth: 560 }}>{t(`guard_why_${actionKey(a)}`)}</div>
                </td>
                <td style={cell}>
                  <select
                    id={id}
                    data-testid="guard-policy"
                    data-action={a}
                    value={asking === a ? 'allow' : state?.policies[a] ?? DEFAULT_POLICIES[a]}
                    disabled={!state || locked}
                    aria-busy={!state}
                    onChange={(e) => void change(a, e.target.value as GuardPolicy)}
                  >
                    {GUARD_POLICIES.map((p) => <option key={p} value={p}>{t(`guard_policy_${p}`)}</option>)}
                  </select>
                  {asking === a && (
                    <div role="dialog" aria-labelledby="guard-allow-title" data-testid="guard-allow-dialog" style={{ border: '1px solid #e0a0a0', background: '#fff5f5', padding: 10, marginTop: 6, maxWidth: 420 }}>
                      <div id="guard-allow-title" style={{ fontWeight: 600, color: '#b3261e' }}>{t('guard_allowTitle', [t(`guard_action_${actionKey(a)}`)])}</div>
                      <p style={{ margin: '6px 0', fontSize: 13 }}>{t('guard_allowWhy')}</p>
                      <label style={{ fontSize: 13 }}>
                        {t('guard_allowPrompt')}<b data-testid="guard-allow-phrase">{t('guard_allowPhrase')}</b>
                        <input data-testid="guard-allow-input" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)}
                          onKeyDown={(e) => { if (e.key === 'Escape') setAsking(null); if (e.key === 'Enter' && !e.nativeEvent.isComposing && allowPhraseOk(typed)) void change(a, 'allow', typed); }}
                          style={{ display: 'block', width: '100%', marginTop: 4 }} autoFocus />
                      </label>
                      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginTop: 8 }}>
                        <button type="button" data-testid="guard-allow-cancel" onClick={() => setAsking(null)}>{t('guard_allowCancel')}</button>
                        <button type="button" data-testid="guard-allow-confirm" disabled={!allowPhraseOk(typed)} onClick={() => void change(a, 'allow', typed)}>{t('guard_allowConfirm')}</button>
                      </div>
                    </div>
                  )}
                  {locked && <div data-testid="guard-policy-locked" style={{ color: '#7a4b00', fontSize: 12, marginTop: 4 }}>{t('guard_locked')}</div>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>{t('guard_auditTitle')}</h2>
      <p style={{ color: '#555' }}>{t('guard_auditIntro')}</p>
      {rows.length === 0 ? (
        <p data-testid="audit-empty" style={{ color: '#777' }}>{t('guard_auditEmpty')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
          <thead>
            <tr>
              {['time', 'action', 'outcome', 'page', 'label', 'customer'].map((c) => <th key={c} style={cell}>{t(`guard_col_${c}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="audit-row" data-action={r.action} data-outcome={r.outcome ?? ''}>
                <td style={cell}><time dateTime={new Date(r.at).toISOString()}>{new Date(r.at).toLocaleString('zh-CN', { hour12: false })}</time></td>
                <td style={cell}>{GUARD_ACTIONS.includes(r.action as GuardAction) ? t(`guard_action_${actionKey(r.action as GuardAction)}`) : r.action}</td>
                <td style={cell}>{outcomeLabel(r.outcome)}</td>
                <td style={{ ...cell, wordBreak: 'break-all', maxWidth: 280 }} title={r.page}>{shortPage(r.page)}</td>
                <td style={cell}>{String(r.detail?.label ?? '')}</td>
                <td style={cell}>{r.customer ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
