import { Injectable } from '@nestjs/common';
import { RegistrationStatus, registrantName } from '@stadtgespraech/domain';
import type { EntityManager } from 'typeorm';
import type { SpeakerQuestionDto } from '../dto/speaker-questions.dto.js';

@Injectable()
export class SpeakerQuestionsRepository {
  /** The questions of confirmed participants, in the order they came in. */
  async questions(
    manager: EntityManager,
    eventId: string,
    withNames: boolean,
  ): Promise<SpeakerQuestionDto[]> {
    const rows: (Omit<SpeakerQuestionDto, 'askedAt' | 'name'> & {
      askedAt: Date;
      academicTitle: string | null;
      firstName: string;
      lastName: string;
    })[] = await manager.query(
      `SELECT id AS "registrationId", btrim(question_for_speakers) AS question,
              created_at AS "askedAt", academic_title AS "academicTitle",
              first_name AS "firstName", last_name AS "lastName", organisation,
              organisation_type AS "organisationType", bundesland
         FROM registration
        WHERE event_id = $1 AND status = $2 AND btrim(question_for_speakers) <> ''
        ORDER BY created_at, id`,
      [eventId, RegistrationStatus.Confirmed],
    );
    return rows.map(({ academicTitle, firstName, lastName, askedAt, ...row }) => ({
      ...row,
      askedAt: askedAt.toISOString(),
      name: withNames ? registrantName({ academicTitle, firstName, lastName }) : null,
    }));
  }
}
