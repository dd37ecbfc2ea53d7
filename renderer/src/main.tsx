/** Entry point: connect to the workbench (desktop bridge or browser host), then render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { WorkbenchProvider } from './api/WorkbenchContext';
import { connectWorkbench } from './api/workbench';
import { AnnouncerProvider } from './components/Announcer';
import { StoreActionsProvider } from './components/StoreActions';
import { SearchProvider } from './search/SearchProvider';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <WorkbenchProvider workbench={connectWorkbench()}>
      <AnnouncerProvider>
        <StoreActionsProvider>
          <SearchProvider>
            <App />
          </SearchProvider>
        </StoreActionsProvider>
      </AnnouncerProvider>
    </WorkbenchProvider>
  </StrictMode>,
);
