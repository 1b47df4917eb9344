import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface SentMessageRecord {
  sendKey: string;
  template: string;
  recipient: string;
  eventId: string | null;
  registrationId: string | null;
  mailingId: string | null;
  messageId: string | null;
  sentAt: Date;
}

/** The record of every mail handed to SMTP, keyed by its send key. */
@Injectable()
export class SentMessagesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async wasSent(sendKey: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM sent_message WHERE send_key = $1',
      [sendKey],
    );
    return rows.length > 0;
  }

  /** Records a sent mail; a second record for the same send key is ignored. */
  async record(message: SentMessageRecord): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO sent_message (send_key, template, recipient, event_id, registration_id, mailing_id, message_id, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (send_key) DO NOTHING`,
      [
        message.sendKey,
        message.template,
        message.recipient,
        message.eventId,
        message.registrationId,
        message.mailingId,
        message.messageId,
        message.sentAt,
      ],
    );
  }
}
