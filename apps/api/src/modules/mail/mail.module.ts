import { Module } from '@nestjs/common';
import { MailSender } from './mail-sender.service.js';
import { MailWorker } from './mail.worker.js';
import { OutboxService } from './outbox.service.js';
import { SentMessagesRepository } from './sent-messages.repository.js';

/** The mail outbox (OutboxService), its worker, the SMTP sender and the templates. */
@Module({
  providers: [OutboxService, MailWorker, MailSender, SentMessagesRepository],
  exports: [OutboxService],
})
export class MailModule {}
