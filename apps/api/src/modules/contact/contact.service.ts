import { Injectable } from '@nestjs/common';
import type { CreateContactRequestDto } from '@stadtgespraech/domain/communication';
import { DataSource } from 'typeorm';
import { ProblemException } from '../../common/problem.js';
import { AppConfig } from '../../config/app-config.js';
import { ConsentTextsService } from '../consents/consent-texts.service.js';
import { MailTemplate, type ContactMailData } from '../mail/mail.types.js';
import { OutboxService } from '../mail/outbox.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { ContactRequestEntity } from './contact-request.entity.js';

/** The contact form: stored, forwarded to the organisation, a receipt to the sender. */
@Injectable()
export class ContactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consentTexts: ConsentTextsService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async submit(input: CreateContactRequestDto): Promise<void> {
    const text = await this.consentTexts.inForce(
      'contact',
      input.locale,
      input.consent.textVersion,
    );
    await this.dataSource.transaction(async (manager) => {
      const recipient = input.recipient
        ? await manager.findOne(OrganisationEntity, { where: { slug: input.recipient } })
        : null;
      if (input.recipient && !recipient) throw new ProblemException('ORGANISATION.NOT_FOUND');
      const request = await manager.save(ContactRequestEntity, {
        name: input.name,
        email: input.email.trim(),
        organisation: input.organisation ?? null,
        subject: input.subject,
        message: input.message,
        organisationId: recipient?.id ?? null,
        locale: input.locale,
        consentText: text.text,
        consentVersion: text.version,
        status: 'new',
      });
      const data: ContactMailData = {
        name: request.name,
        email: request.email,
        organisation: request.organisation,
        subject: request.subject,
        message: request.message,
      };
      await this.outbox.enqueue(manager, {
        sendKey: `contact:${request.id}:forward`,
        template: MailTemplate.ContactForward,
        to: recipient?.email ?? this.config.MAIL_ORGANIZER,
        locale: 'de',
        data: { ...data },
      });
      await this.outbox.enqueue(manager, {
        sendKey: `contact:${request.id}:receipt`,
        template: MailTemplate.ContactReceipt,
        to: request.email,
        locale: input.locale,
        data: { ...data },
      });
    });
  }
}
