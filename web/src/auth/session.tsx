import Keycloak from 'keycloak-js';
import { createContext, useContext, type ReactNode } from 'react';
import type { AppConfig } from './config';

/** The signed-in person, as far as the app needs to know. */
export interface Session {
  authenticated: boolean;
  name?: string;
  /** The language of the person's account (the token's `locale` claim), if it has one. */
  locale?: string;
  /** Goes to Keycloak's sign-in page, in this language, and comes back to redirectPath (the current page). */
  signIn: (redirectPath?: string, locale?: string) => void;
  /** Goes to Keycloak's page that creates an account, in this language, and comes back to redirectPath. */
  register: (redirectPath?: string, locale?: string) => void;
  signOut: () => void;
  /** A valid access token (refreshed when close to expiry), or undefined when signed out. */
  token: () => Promise<string | undefined>;
}

/** Signs in with Keycloak: authorization code flow with PKCE; a silent check keeps an existing session. */
export async function startSession(config: AppConfig): Promise<Session> {
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  try {
    await keycloak.init({
      onLoad: 'check-sso',
      pkceMethod: 'S256',
      checkLoginIframe: false,
      silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
    });
  } catch {
    // Keycloak unreachable: the public pages still work; signing in will say what is wrong.
  }
  const profile = keycloak.tokenParsed as { name?: string; email?: string; locale?: string } | undefined;
  // Back to a page of this app only, whatever path a caller passes (e.g. "@evil.example/" would change the host).
  const back = (redirectPath?: string) => {
    const target = new URL(redirectPath ?? window.location.pathname + window.location.search, window.location.origin);
    return target.origin === window.location.origin ? target.href : window.location.origin + '/';
  };
  return {
    authenticated: Boolean(keycloak.authenticated),
    name: profile?.name ?? profile?.email,
    locale: profile?.locale,
    // Keycloak sends the locale as ui_locales, so that its pages speak the app's language.
    signIn: (redirectPath, locale) => void keycloak.login({ redirectUri: back(redirectPath), locale }),
    register: (redirectPath, locale) => void keycloak.register({ redirectUri: back(redirectPath), locale }),
    signOut: () => void keycloak.logout({ redirectUri: window.location.origin + '/' }),
    token: async () => {
      if (!keycloak.authenticated) {
        return undefined;
      }
      await keycloak.updateToken(30);
      return keycloak.token;
    },
  };
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('useSession outside SessionProvider');
  }
  return session;
}
