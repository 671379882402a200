import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { createBrowserPopupActions } from '@/entrypoints/popup/actions';
import './style.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PopupApp actions={createBrowserPopupActions()} />
    </StrictMode>,
  );
}
