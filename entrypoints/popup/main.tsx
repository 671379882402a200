import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { createBrowserPopupActions } from '@/utils/popup/actions';
import './style.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PopupApp actions={createBrowserPopupActions()} />
    </StrictMode>,
  );
}
