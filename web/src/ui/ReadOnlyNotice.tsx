import { useI18n } from '../i18n';

/** Once, at the top of a suspended commune's page: why its forms are disabled. */
export function ReadOnlyNotice({ readOnly }: { readOnly: boolean }) {
  const { t } = useI18n();
  if (!readOnly) return null;
  return (
    <p className="notice banner" role="note">
      {t('commune.readOnly')}
    </p>
  );
}
