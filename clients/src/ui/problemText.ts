import type { I18n } from '../i18n/I18nContext';
import { serverCodeKey } from '../i18n/translate';
import type { Problem } from './problem';

/**
 * What went wrong, in the chosen language. In Vietnamese the server's own message comes first: it is Vietnamese
 * already and says more ("Không tìm thấy phiên họp.", an incident number). In English the server's code is told
 * from the catalogue; the server's Vietnamese text is shown only for a code this client does not know.
 */
export function problemText(problem: Problem, { locale, t }: Pick<I18n, 'locale' | 't'>): string {
  if (problem.serverMessage && locale === 'vi') {
    return problem.serverMessage;
  }
  const known = serverCodeKey(problem.code);
  if (known) {
    return t(known);
  }
  if (problem.serverMessage) {
    return problem.serverMessage;
  }
  switch (problem.code) {
    case 'network':
      return t('problem.network');
    case 'offline':
      return t('problem.offline');
    case 'connection_lost':
      return t('problem.connectionLost');
    case 'media_no_device':
      return t('problem.mediaNoDevice');
    default:
      return t('problem.unexpected');
  }
}

/** Whatever a promise rejected with, as something to show. */
export function asProblem(failure: unknown): Problem {
  if (failure && typeof failure === 'object' && 'code' in failure && 'serverMessage' in failure) {
    const { code, serverMessage } = failure as Problem;
    return { code, serverMessage };
  }
  return { code: 'unexpected', serverMessage: null };
}
