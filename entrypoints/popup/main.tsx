import '@/utils/i18n/zh-all';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { PopupApp } from '@/components/popup/PopupApp';
import { usePopup } from '@/utils/store/popup';
import { t } from '@/utils/i18n';
import './style.css';

// Ask for the customers first (the last first page is read from the snapshot at once, the worker
// answers while React renders).
void usePopup.getState().load();
// extension pages do not substitute __MSG_…__ in their own HTML: the title comes from t()
document.title = t('extName');
// The first render runs now, inside this script (not in a later scheduler task): the first rows are
// in the DOM for the very next frame (issue 14: first paint with 10,000 customers <= 150 ms).
const root = createRoot(document.getElementById('root')!);
flushSync(() => root.render(<PopupApp />));
