import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './boot';
import { App } from './App';
import { RecoveryGate } from './screens/Recovery/RecoveryGate';
import './styles/app.css';

// The transport and platform must be set before the first screen asks for data.
boot();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RecoveryGate>
      <App />
    </RecoveryGate>
  </StrictMode>,
);
