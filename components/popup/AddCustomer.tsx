// Add a customer by hand: its name plus the pasted config bundle (parsed by utils/bundle).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { t } from '@/utils/i18n';
import { call } from '@/utils/rpc';
import { usePopup } from '@/utils/store/popup';
import type { StoredBundle } from '@/utils/messages';

async function parse(text: string) {
  // loaded only when needed: keeps the popup's first paint small
  const [{ parseBundle }, { allowedHostsItem }] = await Promise.all([import('@/utils/bundle'), import('@/utils/settings')]);
  let allowedHosts: string[] | undefined;
  try {
    allowedHosts = await allowedHostsItem.getValue();
  } catch {
    allowedHosts = undefined;
  }
  return parseBundle(text, allowedHosts ? { allowedHosts } : {});
}

export function AddCustomer() {
  const back = usePopup((s) => s.back);
  const created = usePopup((s) => s.created);
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const errs: string[] = [];
    if (!name.trim()) errs.push(t('popup_add_need_name'));
    if (!text.trim()) errs.push(t('popup_add_need_bundle'));
    if (errs.length) return setErrors(errs);
    setBusy(true);
    try {
      const r = await parse(text);
      if (!r.ok) return setErrors(r.errors.map((x) => x.message));
      const b = r.bundle;
      const bundle: StoredBundle = { corpId: b.corpId, menus: b.menus.map((m) => ({ name: m.name, url: m.url })) };
      if (b.homepage) bundle.homepage = b.homepage;
      if (b.trustedDomain) bundle.trustedDomain = b.trustedDomain;
      const d = await call({ type: 'customer.create', corpId: b.corpId, name: name.trim(), bundle });
      setErrors([]);
      created(d);
    } catch (err) {
      setErrors([(err as Error).message || String(err)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="add-view" onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); back(); } }}>
      <div className="detail-head">
        <button type="button" className="back" data-testid="back" onClick={back}>{t('popup_back')}</button>
        <h2 className="titles">{t('popup_add_title')}</h2>
      </div>
      <form className="add-form" onSubmit={submit} noValidate>
        <label>
          <span>{t('popup_add_name')}</span>
          <input ref={nameRef} data-testid="add-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} placeholder={t('popup_add_name_placeholder')} />
        </label>
        <label>
          <span>{t('popup_add_bundle')}</span>
          <textarea data-testid="add-bundle" rows={8} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('popup_add_bundle_placeholder')} spellCheck={false} />
        </label>
        {errors.length > 0 && (
          <div className="alert" role="alert" data-testid="add-error">
            {errors.map((m, i) => <div key={i}>{m}</div>)}
          </div>
        )}
        <div className="actions">
          <button type="submit" className="primary" data-testid="add-submit" disabled={busy}>{t('popup_add_submit')}</button>
          <button type="button" onClick={back}>{t('popup_cancel')}</button>
        </div>
      </form>
    </section>
  );
}
