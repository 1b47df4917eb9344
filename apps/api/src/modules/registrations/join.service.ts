import { Injectable } from '@nestjs/common';
import { EventStatus, RegistrationStatus } from '@stadtgespraech/domain';
import { DataSource } from 'typeorm';
import { ProblemException } from '../../common/problem.js';
import { AppConfig } from '../../config/app-config.js';
import { hashToken } from './registration-tokens.js';
import { RegistrationsRepository } from './registrations.repository.js';

/**
 * The personal join link: forwards confirmed registrants to the meeting from shortly before the
 * start until the end, so organisers can change the meeting URL without re-sending anything.
 */
@Injectable()
export class JoinService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RegistrationsRepository,
    private readonly config: AppConfig,
  ) {}

  async meetingUrl(token: string, now = new Date()): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.repository.findByTokenHash(
        manager,
        'joinTokenHash',
        hashToken(token),
      );
      if (!registration) throw new ProblemException('REGISTRATION.TOKEN_INVALID');
      const event = await this.repository.findEventWithSecrets(manager, registration.eventId);
      if (event.status === EventStatus.Cancelled)
        throw new ProblemException('REGISTRATION.EVENT_CANCELLED');
      if (registration.status !== RegistrationStatus.Confirmed)
        throw new ProblemException('JOIN.NO_SEAT');
      const opensAt = new Date(event.startsAt.getTime() - this.config.JOIN_OPENS_MINUTES * 60_000);
      if (now < opensAt) {
        throw new ProblemException(
          'JOIN.NOT_OPEN_YET',
          `The link opens at ${opensAt.toISOString()}.`,
          undefined,
          {
            opensAt: opensAt.toISOString(),
            startsAt: event.startsAt.toISOString(),
          },
        );
      }
      if (now >= event.endsAt) throw new ProblemException('JOIN.CLOSED');
      if (!event.joinUrl) throw new ProblemException('JOIN.LINK_MISSING');
      return event.joinUrl;
    });
  }
}
