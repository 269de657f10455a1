import '@/utils/i18n/zh-all';
import './style.css';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import { t } from '@/utils/i18n';

// extension pages do not substitute __MSG_…__ in their own HTML: the title comes from t()
document.title = `${t('options_title')} - ${t('extName')}`;
createRoot(document.getElementById('root')!).render(<OptionsApp />);
