import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ConsentPurpose, Locale } from '@stadtgespraech/domain';
import type { ConsentInputDto } from '@stadtgespraech/domain/registrations';
import { Repository } from 'typeorm';
import { ProblemException } from '../../common/problem.js';
import { ContentChanges } from '../../common/public-cache/content-changes.js';
import { deepFreeze, KeptValues } from '../../common/public-cache/kept-values.js';
import { AppConfig } from '../../config/app-config.js';
import { preparedQuery } from '../../database/prepared-query.js';
import { ConsentTextEntity } from './consent-text.entity.js';

/** A consent ready to store: the exact text in force, in the registrant's language. */
export interface ResolvedConsent {
  purpose: ConsentPurpose;
  granted: boolean;
  text: string;
  textVersion: string;
}

@Injectable()
export class ConsentTextsService {
  // Read by every registration, subscription and contact form; kept until content changes.
  private readonly kept: KeptValues<readonly ConsentTextEntity[]>;

  constructor(
    @InjectRepository(ConsentTextEntity) private readonly texts: Repository<ConsentTextEntity>,
    contentChanges: ContentChanges,
    config: AppConfig,
  ) {
    this.kept = contentChanges.keep(
      new KeptValues({ ttlMs: config.PUBLIC_CACHE_SECONDS * 1000, maxEntries: 10 }),
    );
  }

  /** The newest version of every purpose in one language (shared: do not change them). */
  async current(locale: Locale): Promise<readonly ConsentTextEntity[]> {
    const texts = await this.kept.through(locale, async () =>
      deepFreeze(
        await preparedQuery<ConsentTextEntity[]>(
          this.texts.manager,
          `SELECT DISTINCT ON (purpose) id, purpose, locale, version, text, created_at AS "createdAt"
             FROM consent_text WHERE locale = $1 ORDER BY purpose, created_at DESC, version DESC`,
          [locale],
        ),
      ),
    );
    return texts!;
  }

  async currentText(purpose: string, locale: Locale): Promise<ConsentTextEntity> {
    const text = (await this.current(locale)).find((t) => t.purpose === purpose);
    if (!text) throw new Error(`No consent text for ${purpose} (${locale})`);
    return text;
  }

  /** The text in force for a required consent (newsletter, contact), checked against the version shown. */
  async inForce(purpose: string, locale: Locale, shownVersion: string): Promise<ConsentTextEntity> {
    const text = await this.currentText(purpose, locale);
    if (text.version !== shownVersion) {
      throw new ProblemException(
        'REGISTRATION.CONSENT_TEXT_OUTDATED',
        `Use consent version ${text.version}; reload the form.`,
      );
    }
    return text;
  }

  /**
   * Pairs each given consent with the text in force; a consent given to another version (e.g. a
   * form opened before the text changed) is refused, so nothing is stored for words not shown.
   */
  async resolve(consents: ConsentInputDto[], locale: Locale): Promise<ResolvedConsent[]> {
    const current = new Map((await this.current(locale)).map((t) => [t.purpose, t]));
    return consents.map((consent) => {
      const text = current.get(consent.purpose);
      if (!text || text.version !== consent.textVersion) {
        throw new ProblemException(
          'REGISTRATION.CONSENT_TEXT_OUTDATED',
          `The consent "${consent.purpose}" must refer to version ${text?.version ?? '?'}; reload the form.`,
          [
            {
              pointer: 'request.consents',
              messages: [`${consent.purpose}: version ${consent.textVersion} is not in force`],
            },
          ],
        );
      }
      return {
        purpose: consent.purpose,
        granted: consent.granted,
        text: text.text,
        textVersion: text.version,
      };
    });
  }
}
