import { useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { SittingView } from '../protocol/generated';

/** Which notices this browser's reader dismissed, per sitting, kept across reloads. */
function dismissedKey(sittingId: string): string {
  return `hopso.notices.dismissed.${sittingId}`;
}

/** The secretariat's notices to this screen, shown prominently until dismissed ("Tạm nghỉ 15 phút"). */
export function NoticeBanner({ view, large = false }: { view: SittingView; large?: boolean }) {
  const { t, format } = useI18n();
  const { storage } = useServices();
  const key = dismissedKey(view.sitting.id);
  const [dismissed, setDismissed] = useState<string[]>(() => {
    try {
      const stored: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
    } catch {
      return [];
    }
  });
  // The hall display, which nobody dismisses, shows the latest notice only.
  const open = view.notices.filter((notice) => !dismissed.includes(notice.id));
  const shown = large ? open.slice(-1) : open;
  if (shown.length === 0) {
    return null;
  }
  const dismiss = (id: string) => {
    const next = [...dismissed, id];
    setDismissed(next);
    storage.setItem(key, JSON.stringify(next));
  };
  return (
    <div class={large ? 'notices notices-large' : 'notices'} role="alert" data-testid="notices">
      {shown.map((notice) => (
        <div key={notice.id} class="sitting-notice" data-testid={`notice-${notice.id}`}>
          <p class="sitting-notice-text" data-testid="notice-text">
            {notice.text}
          </p>
          <p class="sitting-notice-meta">
            {format.time(notice.sentAt)}
            {notice.audience === 'SITE' && notice.siteName && ` · ${t('notices.forSite', { site: notice.siteName })}`}
            {notice.audience === 'DELEGATES' && ` · ${t('notices.forDelegates')}`}
          </p>
          {!large && (
            <button type="button" class="button" onClick={() => dismiss(notice.id)} data-testid="notice-dismiss">
              {t('notices.dismiss')}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
