import { useI18n } from '../i18n/I18nContext';
import type { DocumentSignature } from '../protocol/generated';

/** What a signature proves, worst first: one that could not be checked proves nothing. */
export type Verdict = 'unverifiable' | 'broken' | 'modified' | 'untrusted' | 'valid';

export function verdict(signature: DocumentSignature): Verdict {
  if (signature.problem !== null) {
    return 'unverifiable';
  }
  if (!signature.intact) {
    return 'broken';
  }
  if (signature.modifiedAfterSigning) {
    return 'modified';
  }
  return signature.trusted ? 'valid' : 'untrusted';
}

/** The digital signatures of the document's file (chữ ký số), each with its signer, its time and what it proves. */
export function SignatureList({ signatures }: { signatures: readonly DocumentSignature[] }) {
  const { t, format } = useI18n();
  if (signatures.length === 0) {
    return null;
  }
  return (
    <ul class="signature-list" aria-label={t('signatures.heading')} data-testid="signature-list">
      {signatures.map((signature, index) => {
        const found = verdict(signature);
        return (
          <li key={index} class={`signature signature-${found}`} data-testid={`signature-${index}`}>
            <strong>{t('signatures.by', { signer: signature.signer === '' ? t('signatures.unnamed') : signature.signer })}</strong>
            {signature.signedAt && <> · {format.dateTime(signature.signedAt)}</>} ·{' '}
            <span class={found === 'valid' ? 'badge badge-current' : 'badge badge-late'}>{t(`signatures.verdict.${found}`)}</span>
            {signature.problem && <div class="muted">{signature.problem}</div>}
          </li>
        );
      })}
    </ul>
  );
}
