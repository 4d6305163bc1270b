// The frame of every page: a skip link, the header with navigation, the
// signed-in user and the language selector, and a demo banner.
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

import { useInfo } from '../api/info';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { ROLE_LABEL } from '../i18n/labels';
import { LanguageSelector } from './LanguageSelector';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [location] = useLocation();
  const current = location === href || location.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

// After a page change, focus goes to the page itself, so that keyboard and
// screen-reader users start reading there (not on the link they followed).
function useFocusOnNavigation() {
  const [location] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [location]);
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { user, signOut } = useSession();
  const info = useInfo();
  useFocusOnNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          hoistway
        </Link>
        {user && (
          <nav aria-label={t('nav.label')} className="main-nav">
            <NavLink href="/fleet">{t('nav.fleet')}</NavLink>
            <NavLink href="/monitoring">{t('nav.monitoring')}</NavLink>
            <NavLink href="/workbench">{t('nav.workbench')}</NavLink>
            <NavLink href="/tower">{t('tower.nav')}</NavLink>
            <NavLink href="/training">{t('training.nav')}</NavLink>
          </nav>
        )}
        <div className="header-end">
          <LanguageSelector />
          {user && (
            <div className="user-box">
              <span className="user-name">
                {user.name} <small>({t(ROLE_LABEL[user.role])})</small>
              </span>
              <button type="button" className="link-button" onClick={signOut}>
                {t('nav.signOut')}
              </button>
            </div>
          )}
        </div>
      </header>
      {info?.demo && (
        <p className="demo-banner" role="note">
          {t('demo.banner')}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
