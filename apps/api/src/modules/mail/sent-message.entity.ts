import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every mail handed to SMTP. `sendKey` makes a retried job skip what was already sent. */
@Entity('sent_message')
@Index('IDX_sent_message_registration', ['registrationId'])
@Index('IDX_sent_message_mailing', ['mailingId'])
// On lower(recipient), made by a migration: the privacy tools look up one address.
@Index('IDX_sent_message_recipient', { synchronize: false })
export class SentMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_sent_message_send_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  sendKey: string;

  @Column({ type: 'varchar', length: 60 })
  template: string;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ type: 'uuid', nullable: true })
  registrationId: string | null;

  /** The staff mailing this mail belongs to, if any. */
  @Column({ type: 'uuid', nullable: true })
  mailingId: string | null;

  /** Message-ID header as accepted by the SMTP server. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  @Index('IDX_sent_message_sent_at')
  @Column({ type: 'timestamptz' })
  sentAt: Date;
}
