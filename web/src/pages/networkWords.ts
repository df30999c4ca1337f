import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { indicatorGroups, networkStatuses } from '../types';

/** A value the app knows in words, else the value itself (added to the API before the app knew it). */
function inWords(t: (key: MessageKey) => string, known: readonly string[], prefix: string, value: string): string {
  return known.includes(value) ? t(`${prefix}.${value}` as MessageKey) : value;
}

/** Networks' words: a commune's standing with a network, and what it shares. */
export function useNetworkWords() {
  const { t } = useI18n();
  return {
    status: (status: string) => inWords(t, networkStatuses, 'networkStatus', status),
    sharing: (groups: readonly string[]) =>
      groups.length === 0
        ? t('sharing.nothing')
        : groups.map((group) => inWords(t, indicatorGroups, 'indicatorGroup', group)).join(', '),
  };
}
