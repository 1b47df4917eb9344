import { Injectable } from '@nestjs/common';
import type { Locale } from '@stadtgespraech/domain/common';
import { portalLink } from '../../common/portal-link.js';
import { AppConfig } from '../../config/app-config.js';
import { hashToken, registrationToken, type TokenPurpose } from './registration-tokens.js';

/** Personal links of a registration; the portal serves the pages, the API the join redirect. */
@Injectable()
export class RegistrationLinks {
  constructor(private readonly config: AppConfig) {}

  token(purpose: TokenPurpose, registrationId: string): string {
    return registrationToken(this.config.APP_SECRET, purpose, registrationId);
  }

  hashes(registrationId: string) {
    return {
      confirmationTokenHash: hashToken(this.token('confirm', registrationId)),
      manageTokenHash: hashToken(this.token('manage', registrationId)),
      joinTokenHash: hashToken(this.token('join', registrationId)),
    };
  }

  confirm(registrationId: string, locale: Locale): string {
    return this.page(`/anmeldung/bestaetigen/${this.token('confirm', registrationId)}`, locale);
  }

  manage(registrationId: string, locale: Locale): string {
    return this.page(`/anmeldung/${this.token('manage', registrationId)}`, locale);
  }

  /** Forwards to the meeting through the portal's /api proxy, so one origin serves everything. */
  join(registrationId: string): string {
    return `${this.portal()}/api/v1/join/${this.token('join', registrationId)}`;
  }

  eventPage(slug: string, locale: Locale): string {
    return this.page(`/veranstaltungen/${slug}`, locale);
  }

  private page(germanPath: string, locale: Locale): string {
    return portalLink(this.config.PORTAL_URL, germanPath, locale);
  }

  private portal(): string {
    return this.config.PORTAL_URL.replace(/\/+$/, '');
  }
}
