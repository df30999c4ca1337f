import { useI18n } from '../i18n';

/** Networks' words: a commune's standing with a network, and what it shares. */
export function useNetworkWords() {
  const { t, word } = useI18n();
  return {
    status: (status: string) => word('networkStatus', status),
    sharing: (groups: readonly string[]) =>
      groups.length === 0 ? t('sharing.nothing') : groups.map((group) => word('indicatorGroup', group)).join(', '),
  };
}
