// Pages by address. Everything but the sign-in page needs a signed-in user.
import { lazy, Suspense, type ReactNode } from 'react';
import { Redirect, Route, Switch, useLocation, useSearch } from 'wouter';

import { useSession } from './auth/session';
import { certificateNoOf } from './certificates/CertificateLink';
import { CertificatePage } from './certificates/CertificatePage';
import { Layout } from './components/Layout';
import { FleetPage } from './fleet/FleetPage';
import { useI18n } from './i18n/i18n';
import { LiftPage } from './lift/LiftPage';
import { Loading } from './components/Loading';
import { SignInPage } from './SignInPage';

// The workbench and the test tower (and their chart library) load only when opened.
const WorkbenchPage = lazy(() => import('./workbench/WorkbenchPage').then((m) => ({ default: m.WorkbenchPage })));
const TowerPage = lazy(() => import('./tower/TowerPage').then((m) => ({ default: m.TowerPage })));
const TrainingPage = lazy(() => import('./training/TrainingPage').then((m) => ({ default: m.TrainingPage })));
const TraineePage = lazy(() => import('./training/TraineePage').then((m) => ({ default: m.TraineePage })));

// A page that needs a user sends the others to sign in, and back here after.
function SignedIn({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const [location] = useLocation();
  const search = useSearch();
  if (user) return <>{children}</>;
  const next = encodeURIComponent(location + (search ? `?${search}` : ''));
  return <Redirect to={`/sign-in?next=${next}`} replace />;
}

// Where to go after signing in: a path of this console only.
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/fleet';
}

// Connected lifts, with the chart library, load when opened too.
const MonitoringPage = lazy(() => import('./monitoring/MonitoringPage').then((m) => ({ default: m.MonitoringPage })));

function NotFound() {
  const { t } = useI18n();
  return <h1>{t('common.notFound')}</h1>;
}

export function App() {
  const { user } = useSession();
  const search = useSearch();
  return (
    <Layout>
      <Switch>
        <Route path="/sign-in">{user ? <Redirect to={nextPath(search)} replace /> : <SignInPage />}</Route>
        <Route path="/">
          <Redirect to={user ? '/fleet' : '/sign-in'} replace />
        </Route>
        <Route path="/monitoring">
          <SignedIn>
            <Suspense fallback={<Loading />}>
              <MonitoringPage />
            </Suspense>
          </SignedIn>
        </Route>
        <Route path="/fleet">
          <SignedIn>
            <FleetPage />
          </SignedIn>
        </Route>
        <Route path="/lifts/:reg">
          {(params) => (
            <SignedIn>
              <LiftPage registrationNo={params.reg} />
            </SignedIn>
          )}
        </Route>
        <Route path="/certificates/:no">
          {(params) => (
            <SignedIn>
              <CertificatePage certificateNo={certificateNoOf(params.no)} />
            </SignedIn>
          )}
        </Route>
        <Route path="/workbench">
          <SignedIn>
            <Suspense fallback={<Loading />}>
              <WorkbenchPage />
            </Suspense>
          </SignedIn>
        </Route>
        <Route path="/tower">
          <SignedIn>
            <Suspense fallback={<Loading />}>
              <TowerPage />
            </Suspense>
          </SignedIn>
        </Route>
        <Route path="/training/trainees/:id">
          {(params) => (
            <SignedIn>
              <Suspense fallback={<Loading />}>
                <TraineePage id={params.id} />
              </Suspense>
            </SignedIn>
          )}
        </Route>
        <Route path="/training">
          <SignedIn>
            <Suspense fallback={<Loading />}>
              <TrainingPage />
            </Suspense>
          </SignedIn>
        </Route>
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </Layout>
  );
}
