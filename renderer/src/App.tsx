/**
 * The application shell: skip link, header, the areas of the open investigation, the page, and
 * the status bar. Routing is by location hash (see routing/routes.ts).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { AreaNav } from './components/AreaNav';
import { HostBanner } from './components/HostBanner';
import { SessionTools } from './components/SessionTools';
import { SkipLink } from './components/SkipLink';
import { StatusBar } from './components/StatusBar';
import { useAppCommands } from './hooks/useAppCommands';
import { useRoute } from './hooks/useRoute';
import { useRouteFocus } from './hooks/useRouteFocus';
import { InvestigationProvider, useInvestigation } from './investigation/InvestigationContext';
import { areaLabel, hrefFor, type AreaKey, type Route } from './routing/routes';
import { commandKey } from './format/keys';
import { useSearch } from './search/SearchProvider';
import { HomeView } from './views/HomeView';
import { InvestigationView } from './views/InvestigationView';
import { NewInvestigationView } from './views/NewInvestigationView';
import { NotFoundView } from './views/NotFoundView';

const APP_NAME = 'Scrutiny Workbench';

export function App() {
  const route = useRoute();
  const search = useSearch();
  useAppCommands();
  const mainRef = useRef<HTMLElement>(null);
  useRouteFocus(mainRef, hrefFor(route));

  return (
    <div className="app">
      <SkipLink />
      <HostBanner />
      <header className="app-header">
        <a className="app-header__name" href={hrefFor({ name: 'home' })}>
          {APP_NAME}
        </a>
        <ul className="app-header__links">
          <li>
            <a href={hrefFor({ name: 'home' })} aria-current={route.name === 'home' ? 'page' : undefined}>
              All investigations
            </a>
          </li>
          <li>
            <a href={hrefFor({ name: 'new' })} aria-current={route.name === 'new' ? 'page' : undefined}>
              New investigation
            </a>
          </li>
          <li>
            <button type="button" className="app-header__search" onClick={search.open} aria-keyshortcuts="Control+K Meta+K">
              Search transcripts <kbd className="app-header__kbd">{commandKey()} K</kbd>
            </button>
          </li>
        </ul>
        <SessionTools />
      </header>
      {route.name === 'investigation' ? (
        <InvestigationProvider id={route.id}>
          <InvestigationLayout route={route} mainRef={mainRef} />
        </InvestigationProvider>
      ) : (
        <div className="app-body">
          <Main mainRef={mainRef}>
            <PageTitle title={null} />
            {route.name === 'home' ? <HomeView /> : null}
            {route.name === 'new' ? <NewInvestigationView /> : null}
            {route.name === 'not-found' ? <NotFoundView /> : null}
          </Main>
        </div>
      )}
      <StatusBar />
    </div>
  );
}

function InvestigationLayout({ route, mainRef }: { route: Extract<Route, { name: 'investigation' }>; mainRef: React.RefObject<HTMLElement | null> }) {
  const { data } = useInvestigation();
  return (
    <div className="app-body app-body--with-sidebar">
      <div className="sidebar">
        <AreaNav investigationId={route.id} current={route.area}>
          <p className="sidebar__title">
            {data ? data.investigation.title : 'Investigation'}
            {data ? <span className="sidebar__committee">{data.committee.name}</span> : null}
          </p>
        </AreaNav>
      </div>
      <Main mainRef={mainRef}>
        <PageTitle title={data ? `${areaLabel(route.area)} – ${data.investigation.title}` : areaLabel(route.area as AreaKey)} />
        <InvestigationView area={route.area} transcriptId={route.transcriptId} target={route.target} />
      </Main>
    </div>
  );
}

function Main({ mainRef, children }: { mainRef: React.RefObject<HTMLElement | null>; children: ReactNode }) {
  return (
    <main id="main" className="main" tabIndex={-1} ref={mainRef}>
      <div className="main__inner">{children}</div>
    </main>
  );
}

/** Keeps the window title in step with the page, so the taskbar and screen readers agree. */
function PageTitle({ title }: { title: string | null }) {
  useEffect(() => {
    document.title = title ? `${title} – ${APP_NAME}` : APP_NAME;
  }, [title]);
  return null;
}
