import { useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { NoticeAudience, SittingView } from '../protocol/generated';
import { ProblemNotice } from '../ui/Notice';
import { useConnectionStatus } from '../ui/ReconnectingBanner';
import { useAsync } from '../ui/useAsync';
import { useAction } from '../ui/useAction';

const AUDIENCES: readonly NoticeAudience[] = ['EVERYONE', 'DELEGATES', 'SITE'];

/** The secretariat writes a notice for everyone, the delegates or one site; it shows until each reader dismisses it. */
export function NoticeComposer({ view }: { view: SittingView }) {
  const { t } = useI18n();
  const { api, realtime } = useServices();
  const online = useConnectionStatus() === 'online';
  const action = useAction();
  const sites = useAsync(() => api.sites(view.organisation.id), [view.organisation.id]);
  const [text, setText] = useState('');
  const [audience, setAudience] = useState<NoticeAudience>('EVERYONE');
  const [siteId, setSiteId] = useState('');
  if (!view.permissions.includes('RUN_SITTING') || view.sitting.state === 'ENDED') {
    return null;
  }
  const send = (event: Event) => {
    event.preventDefault();
    void action.run(async () => {
      await realtime.command({
        type: 'notice.send',
        sittingId: view.sitting.id,
        audience,
        siteId: audience === 'SITE' && siteId !== '' ? siteId : null,
        text: text.trim(),
      });
      setText('');
    });
  };
  return (
    <section class="panel notice-composer" aria-labelledby="notice-composer-heading" data-testid="notice-composer">
      <h2 id="notice-composer-heading">{t('notices.heading')}</h2>
      <form onSubmit={send} class="notice-form">
        <label>
          {t('notices.text')}
          <textarea value={text} maxLength={500} rows={2} onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)} data-testid="notice-text-input" />
        </label>
        <label>
          {t('notices.audience')}{' '}
          <select value={audience} onChange={(event) => setAudience((event.currentTarget as HTMLSelectElement).value as NoticeAudience)} data-testid="notice-audience">
            {AUDIENCES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`noticeAudience.${candidate}`)}
              </option>
            ))}
          </select>
        </label>
        {audience === 'SITE' && (
          <label>
            {t('notices.site')}{' '}
            <select value={siteId} onChange={(event) => setSiteId((event.currentTarget as HTMLSelectElement).value)} data-testid="notice-site">
              <option value="">{t('form.choose')}</option>
              {(sites.data ?? []).map((site) => (
                <option key={site.id} value={site.id}>
                  {site.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" class="button button-primary" disabled={!online || action.busy || text.trim() === ''} data-testid="notice-send">
          {t('notices.send')}
        </button>
      </form>
      <ProblemNotice problem={action.problem} />
    </section>
  );
}
