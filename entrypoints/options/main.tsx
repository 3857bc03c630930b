import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/OptionsApp';
import { cignaIlarisPack } from '../../rules/cigna/ilaris';
import './style.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsApp area={browser.storage.local} rules={cignaIlarisPack.rules.map((rule) => rule.meta)} />
    </StrictMode>,
  );
}
