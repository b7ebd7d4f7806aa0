import type { Translate } from '../i18n/translate';
import type { Problem } from './problem';

/** The server's own Vietnamese message when it sent one; otherwise our words for what went wrong. */
export function problemText(problem: Problem, t: Translate): string {
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
