import '@/utils/i18n/zh-all';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { usePopup } from '@/utils/store/popup';
import './style.css';

// Ask for the customers first, so the background answers while React renders.
void usePopup.getState().load();
createRoot(document.getElementById('root')!).render(<PopupApp />);
