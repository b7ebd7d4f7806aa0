import { useEffect, useState } from 'preact/hooks';
import { OfflineReading } from '../documents/OfflineReading';
import { I18nProvider, useI18n } from '../i18n/I18nContext';
import type { Me } from '../protocol/generated';
import { ChairScreen } from '../screens/chair/ChairScreen';
import { DelegateScreen } from '../screens/delegate/DelegateScreen';
import { DisplayScreen } from '../screens/display/DisplayScreen';
import { LoginScreen } from '../screens/login/LoginScreen';
import { ChangePasswordScreen } from '../screens/password/ChangePasswordScreen';
import { SecretariatScreen } from '../screens/secretariat/SecretariatScreen';
import { SiteScreen } from '../screens/site/SiteScreen';
import { InfoNotice, Loading, ProblemNotice } from '../ui/Notice';
import { ReconnectingBanner } from '../ui/ReconnectingBanner';
import { AppHeader, LanguageSwitch } from './AppHeader';
import { routeHref, type Route } from './routes';
import { ServicesContext, useServices, type Services } from './services';
import { useAccount } from './useAccount';
import { replaceRoute, useRoute } from './useRoute';
import { homeRouteFor, routeWorkspace, workspacesOf } from './workspaces';

export function App({ services }: { services: Services }) {
  return (
    <ServicesContext.Provider value={services}>
      <I18nProvider storage={services.storage}>
        <Shell />
      </I18nProvider>
    </ServicesContext.Provider>
  );
}

function Shell() {
  const { t } = useI18n();
  const route = useRoute();
  const account = useAccount(useServices());
  const me = account.state.status === 'signedIn' ? account.state.me : null;
  const hallDisplay = me !== null && route.screen === 'display' && route.sittingId !== null;
  const [changingPassword, setChangingPassword] = useState(false);
  useEffect(() => setChangingPassword(false), [route]);

  useEffect(() => {
    if (me && (route.screen === 'home' || route.screen === 'login')) {
      replaceRoute(homeRouteFor(me));
    }
  }, [me, route]);

  return (
    <div class={hallDisplay ? 'app app-hall-display' : 'app'}>
      {!hallDisplay && (
        <button type="button" class="skip-link" onClick={() => document.getElementById('main')?.focus()}>
          {t('nav.skipToContent')}
        </button>
      )}
      <ReconnectingBanner />
      {me && !hallDisplay ? (
        <AppHeader me={me} route={route} onSignOut={account.signOut} onChangePassword={() => setChangingPassword(true)} />
      ) : (
        !hallDisplay && (
          <header class="app-header">
            <p class="brand">{t('app.name')}</p>
            <div class="header-tools">
              <LanguageSwitch />
            </div>
          </header>
        )
      )}
      <main id="main" tabIndex={-1}>
        {account.state.status === 'checking' && <Loading />}
        {account.state.status === 'unreachable' && (
          <>
            <ProblemNotice problem={account.state.problem} />
            <p role="status">{t('app.retrying')}</p>
            <OfflineReading />
          </>
        )}
        {account.state.status === 'anonymous' && account.state.sessionEnded && (
          <InfoNotice>{t('app.sessionEnded')}</InfoNotice>
        )}
        {account.state.status === 'anonymous' && <LoginScreen onSignedIn={account.signedIn} />}
        {me && (me.mustChangePassword || changingPassword) && (
          <ChangePasswordScreen
            forced={me.mustChangePassword}
            onChanged={account.signedIn}
            onCancel={me.mustChangePassword ? undefined : () => setChangingPassword(false)}
          />
        )}
        {me && !me.mustChangePassword && !changingPassword && <Screen me={me} route={route} />}
      </main>
    </div>
  );
}

function Screen({ me, route }: { me: Me; route: Route }) {
  const { t } = useI18n();
  const workspace = routeWorkspace(route);
  if (workspace !== null && !workspacesOf(me).includes(workspace)) {
    return (
      <InfoNotice>
        {t('app.notAllowed')} <a href={routeHref(homeRouteFor(me))}>{t('app.goHome')}</a>
      </InfoNotice>
    );
  }
  switch (route.screen) {
    case 'home':
    case 'login':
      return <Loading />; // the effect in Shell moves on to the person's own screen
    case 'delegate':
      return <DelegateScreen me={me} />;
    case 'chair':
      return <ChairScreen me={me} sittingId={route.sittingId} />;
    case 'secretariat':
      return <SecretariatScreen me={me} />;
    case 'display':
      return <DisplayScreen me={me} sittingId={route.sittingId} />;
    case 'site':
      return <SiteScreen me={me} />;
    case 'notFound':
      return (
        <InfoNotice>
          {t('app.notFound')} <a href={routeHref(homeRouteFor(me))}>{t('app.goHome')}</a>
        </InfoNotice>
      );
  }
}
