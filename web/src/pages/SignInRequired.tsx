import type { ReactNode } from 'react';
import { useSession } from '../auth';
import { useI18n } from '../i18n';

/** Shows its children to a signed-in person, and a way to sign in to anyone else. */
export function SignInRequired({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  if (session.authenticated) {
    return <>{children}</>;
  }
  return (
    <section className="notice">
      <p>{t('auth.required')}</p>
      <button type="button" className="button" onClick={() => session.signIn()}>
        {t('auth.signIn')}
      </button>
    </section>
  );
}
