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

  /**
   * The portal's join page: it forwards to the meeting when the link is open and otherwise says
   * when it opens (the API's `GET /api/v1/join/{token}` does the check).
   */
  join(registrationId: string, locale: Locale): string {
    return this.page(`/teilnehmen/${this.token('join', registrationId)}`, locale);
  }

  eventPage(slug: string, locale: Locale): string {
    return this.page(`/veranstaltungen/${slug}`, locale);
  }

  private page(germanPath: string, locale: Locale): string {
    return portalLink(this.config.PORTAL_URL, germanPath, locale);
  }
}
