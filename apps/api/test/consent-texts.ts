import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** The version of the privacy notice in force, as the portal's form sends it. */
export async function privacyConsentVersion(app: NestFastifyApplication): Promise<string> {
  const texts = await app.inject({ method: 'GET', url: '/api/v1/consent-texts?locale=de' });
  const privacy = texts
    .json()
    .items.find((text: { purpose: string }) => text.purpose === 'privacy');
  if (!privacy) throw new Error('No privacy notice in force');
  return privacy.version;
}
