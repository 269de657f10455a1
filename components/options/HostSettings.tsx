// Options: the EC hosts a pasted bundle's links may point at (allowedHostsItem, parseBundle's allowedHosts).
// An administrator's list (storage.managed `allowedHosts`) replaces it: then the section is read-only.
import { useEffect, useId, useRef, useState } from 'react';
import { t } from '@/utils/i18n';
import { DEFAULT_ALLOWED_HOSTS, parseHostList } from '@/utils/bundle';
import { allowedHostsItem, readAllowedHosts } from '@/utils/settings';

type Status = { kind: 'ok' | 'error'; text: string } | null;

const sub = { color: '#666', fontSize: '0.85em', fontWeight: 'normal', marginInlineStart: 8 } as const;

export function HostSettings() {
  const id = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const saved = useRef<string | null>(null); // the stored list as text, to spot unsaved edits
  const [managed, setManaged] = useState<string[] | null>(null);

  useEffect(() => {
    let alive = true;
    const show = (hosts: string[] | null) => {
      const next = (hosts?.length ? hosts : DEFAULT_ALLOWED_HOSTS).join('\n');
      // Follow changes made elsewhere unless the user is in the middle of an edit.
      setText((cur) => (saved.current === null || cur === saved.current ? next : cur));
      saved.current = next;
    };
    allowedHostsItem.getValue().then(
      (hosts) => alive && show(hosts),
      (e: unknown) => alive && setStatus({ kind: 'error', text: t('bundle_hosts_error', [String(e)]) }),
    );
    const unwatch = allowedHostsItem.watch((hosts) => alive && show(hosts));
    readAllowedHosts().then(
      (r) => alive && setManaged(r.managed ? r.hosts : null),
      () => undefined,
    );
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  async function write(hosts: string[] | null) {
    setBusy(true);
    try {
      if (hosts) await allowedHostsItem.setValue(hosts);
      else await allowedHostsItem.removeValue();
      const shown = hosts ?? DEFAULT_ALLOWED_HOSTS;
      saved.current = shown.join('\n');
      setText(saved.current);
      setStatus({ kind: 'ok', text: t(hosts ? 'bundle_hosts_saved' : 'bundle_hosts_reset_done', [shown.join(', ')]) });
    } catch (e) {
      setStatus({ kind: 'error', text: t('bundle_hosts_error', [String(e)]) });
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(ev: { preventDefault(): void }) {
    ev.preventDefault();
    const { hosts, invalid } = parseHostList(text);
    if (invalid.length) setStatus({ kind: 'error', text: t('bundle_hosts_invalid', [invalid.join(', ')]) });
    else if (!hosts.length) setStatus({ kind: 'error', text: t('bundle_hosts_empty') });
    else void write(hosts);
  }

  const dirty = saved.current !== null && text !== saved.current;
  const invalid = status?.kind === 'error';
  return (
    <section aria-labelledby={`${id}-title`} style={{ margin: '24px 0' }}>
      <h2 id={`${id}-title`}>
        {t('bundle_hosts_title')}
      </h2>
      <p id={`${id}-desc`} style={{ margin: '4px 0 12px' }}>
        {t('bundle_hosts_desc')}
      </p>
      {managed && (
        <p data-testid="hosts-managed" role="note" style={{ margin: '4px 0 12px', fontWeight: 600 }}>
          {t('bundle_hosts_managed', [managed.join(', ')])}
        </p>
      )}
      <form onSubmit={onSubmit}>
        <label htmlFor={`${id}-hosts`} style={{ display: 'block', fontWeight: 600 }}>
          {t('bundle_hosts_label')}
        </label>
        <textarea
          id={`${id}-hosts`}
          value={text}
          rows={4}
          disabled={!!managed}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-desc ${id}-status`}
          onChange={(e) => {
            setText(e.target.value);
            setStatus(null);
          }}
          onKeyDown={(e) => {
            // Ctrl/⌘+Enter saves; plain Enter adds a line (never during IME composition).
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing) onSubmit(e);
          }}
          style={{ display: 'block', width: '100%', maxWidth: 480, fontFamily: 'ui-monospace, monospace', margin: '6px 0' }}
        />
        <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <button type="submit" className="primary" disabled={busy || !!managed}>{t('bundle_hosts_save')}</button>
          <button type="button" disabled={busy || !!managed} onClick={() => void write(null)}>{t('bundle_hosts_reset')}</button>
          {dirty && !status && <span style={sub}>{t('bundle_hosts_unsaved')}</span>}
        </div>
      </form>
      <p
        id={`${id}-status`}
        role={invalid ? 'alert' : 'status'}
        aria-live={invalid ? 'assertive' : 'polite'}
        style={{ minHeight: '1.5em', color: invalid ? '#b00020' : '#1b5e20' }}
      >
        {status?.text ?? ''}
      </p>
    </section>
  );
}
