import '@/utils/i18n/zh-all';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { usePopup } from '@/utils/store/popup';
import { t } from '@/utils/i18n';
import './style.css';

// Ask for the customers first, so the background answers while React renders.
void usePopup.getState().load();
// extension pages do not substitute __MSG_…__ in their own HTML: the title comes from t()
document.title = t('extName');
createRoot(document.getElementById('root')!).render(<PopupApp />);
