// The toolbar popup: customers and their onboarding progress (issue 7).
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { usePopup } from '@/utils/store/popup';
import { CustomerList } from './CustomerList';
import { Followups } from './Followups';
import { CustomerDetailView } from './CustomerDetail';
import { AddCustomer } from './AddCustomer';
import { downloadExport } from './exportData';

function ListHeader() {
  const showAdd = usePopup((s) => s.showAdd);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const exportAll = async () => {
    setStatus(null);
    try {
      const name = await downloadExport();
      setStatus({ ok: true, text: t('popup_exported', [name]) });
    } catch (e) {
      setStatus({ ok: false, text: t('popup_export_failed', [(e as Error).message || String(e)]) });
    }
  };
  return (
    <>
      <header className="top">
        <h1>{t('popup_title')}</h1>
        <div className="tools">
          <button type="button" className="primary" data-testid="add-customer" onClick={showAdd}>{t('popup_add')}</button>
          <button type="button" data-testid="export-data" onClick={exportAll} title={t('popup_export_title')}>{t('popup_export')}</button>
          <button type="button" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()} title={t('popup_options_title')}>{t('popup_options')}</button>
        </div>
      </header>
      {status && <p className={status.ok ? 'note ok' : 'alert'} role={status.ok ? 'status' : 'alert'}>{status.text}</p>}
    </>
  );
}

export function PopupApp() {
  const view = usePopup((s) => s.view);
  useEffect(() => {
    // main.tsx starts loading before the first render; this covers any other mount
    if (usePopup.getState().loaded === 'none') void usePopup.getState().load();
  }, []);
  return (
    <main className="popup">
      {view.name === 'list' && (
        <>
          <ListHeader />
          <Followups />
          <CustomerList />
        </>
      )}
      {view.name === 'customer' && <CustomerDetailView key={view.corpId} />}
      {view.name === 'add' && <AddCustomer />}
    </main>
  );
}
