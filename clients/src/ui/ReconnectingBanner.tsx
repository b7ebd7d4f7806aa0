import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { ConnectionStatus } from '../realtime/realtimeClient';

export function useConnectionStatus(): ConnectionStatus {
  const { realtime } = useServices();
  const [status, setStatus] = useState(() => realtime.connectionStatus());
  useEffect(() => {
    setStatus(realtime.connectionStatus());
    return realtime.onStatusChange(setStatus);
  }, [realtime]);
  return status;
}

/**
 * Always in the page, empty while connected: a live region announces its text when the link drops, and nothing
 * around it moves in the component tree, so no form is re-created by a reconnect.
 */
export function ReconnectingBanner() {
  const { t } = useI18n();
  const status = useConnectionStatus();
  return (
    <div class="banner-slot" role="status" aria-live="polite">
      {status === 'reconnecting' && (
        <p class="reconnecting-banner" data-testid="reconnecting-banner">
          {t('realtime.reconnecting')}
        </p>
      )}
    </div>
  );
}
