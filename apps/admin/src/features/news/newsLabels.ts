import type { StaffNewsSummary } from '@stadtgespraech/api-client';
import { t } from '../../i18n';
import { formatMoment } from '../../lib/moment';

/** "Entwurf", "Geplant für 1. Dez. 2026, 09:00" or "Veröffentlicht am …". */
export function newsPublicationLabel(
  post: Pick<StaffNewsSummary, 'publication' | 'publishedAt'>,
): string {
  if (post.publication === 'draft' || !post.publishedAt) return t('news.publication.draft');
  return t(`news.publication.${post.publication}`, { moment: formatMoment(post.publishedAt) });
}
