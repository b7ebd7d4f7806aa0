import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/I18nContext';
import type { Me } from '../protocol/generated';
import type { Problem } from '../ui/problem';
import { ProblemNotice } from '../ui/Notice';
import { asProblem } from '../ui/problemText';
import { routeHref, type Route } from './routes';
import { routeWorkspace, workspacesOf, type Workspace } from './workspaces';

const WORKSPACE_ROUTES: Record<Workspace, Route> = {
  chair: { screen: 'chair', sittingId: null },
  secretariat: { screen: 'secretariat' },
  delegate: { screen: 'delegate' },
  site: { screen: 'site' },
  display: { screen: 'display', sittingId: null },
};

export function AppHeader({
  me,
  route,
  onSignOut,
  onChangePassword,
}: {
  me: Me;
  route: Route;
  onSignOut: () => Promise<void>;
  onChangePassword: () => void;
}) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<Problem | null>(null);
  const active = routeWorkspace(route);
  const signOut = () => {
    setProblem(null);
    onSignOut().catch((failure: unknown) => setProblem(asProblem(failure)));
  };
  return (
    <header class="app-header">
      <p class="brand">{t('app.name')}</p>
      <nav aria-label={t('nav.label')}>
        <ul class="nav-links">
          {workspacesOf(me).map((workspace) => (
            <li key={workspace}>
              <a href={routeHref(WORKSPACE_ROUTES[workspace])} aria-current={workspace === active ? 'page' : undefined}>
                {t(`nav.${workspace}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="header-tools">
        <span class="user-name" data-testid="user-name">{me.fullName}</span>
        <LanguageSwitch />
        {!me.mustChangePassword && (
          <button type="button" class="button" onClick={onChangePassword} data-testid="change-password-open">
            {t('password.open')}
          </button>
        )}
        <button type="button" class="button" onClick={signOut} data-testid="logout">
          {t('auth.signOut')}
        </button>
      </div>
      <ProblemNotice problem={problem} />
    </header>
  );
}

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  const other = locale === 'vi' ? 'en' : 'vi';
  return (
    <button type="button" class="button" lang={other} onClick={() => setLocale(other)} data-testid="language-switch">
      {t('language.switchTo')}
    </button>
  );
}
