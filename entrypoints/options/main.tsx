import '@/utils/i18n/zh-all';
import './style.css';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
