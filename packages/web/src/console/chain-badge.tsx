import type { ChainStatus } from '../api/console-api.ts';
import { Alert } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** The result of walking a hash chain: intact (with the head to write down elsewhere) or the first broken entry. */
export function ChainBadge({ status }: { status: ChainStatus }) {
  const { t } = useI18n();
  if (status.ok) {
    return (
      <Alert kind="success" title={t('chain.ok', { n: status.checked })}>
        {status.head && <span className="mono">{t('chain.head', { seq: status.head.seq })}: {status.head.hash}</span>}
      </Alert>
    );
  }
  return <Alert kind="error" title={t('chain.broken', { seq: status.firstBroken.seq })}>{status.firstBroken.reason}</Alert>;
}
