/** What the gateway tells the app about where to sign in (GET /app-config.json). */
export interface AppConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch('/app-config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`app-config.json: ${response.status}`);
  }
  return (await response.json()) as AppConfig;
}
