import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/entrypoints/options/OptionsApp';
import { createBrowserOptionsActions } from '@/entrypoints/options/actions';
import './style.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsApp actions={createBrowserOptionsActions()} />
    </StrictMode>,
  );
}
