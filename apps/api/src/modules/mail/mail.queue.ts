import type { QueueDefinition } from '../jobs/job-queue.service.js';

/** The outbox: one job per mail. */
export const MAIL_QUEUE = 'mail';

export const MAIL_QUEUE_DEFINITION: QueueDefinition = {
  // One waiting or running job per send key: a duplicate enqueue is dropped.
  policy: 'exclusive',
  // With the default 30 s first delay, doubling up to an hour: about six hours of outage.
  retryLimit: 12,
  retryDelayMaxSeconds: 60 * 60,
  // A send takes seconds; a job active this long belonged to a worker that died.
  expireInSeconds: 5 * 60,
  // A killed worker's mail is sent by another within about half a minute, not five.
  heartbeatSeconds: 10,
  // Jobs hold addresses and personal links: gone an hour after they finish. sent_message stays.
  deleteAfterSeconds: 60 * 60,
};
