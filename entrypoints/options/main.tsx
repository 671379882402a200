import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createBrowserOptionsActions } from '@/utils/options/actions';
import './style.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsApp actions={createBrowserOptionsActions()} />
    </StrictMode>,
  );
}
