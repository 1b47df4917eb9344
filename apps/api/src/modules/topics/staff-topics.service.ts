import { Injectable } from '@nestjs/common';
import type { CreateTopicDto, UpdateTopicDto } from '@stadtgespraech/domain/events';
import { DataSource, type EntityManager } from 'typeorm';
import { ProblemException } from '../../common/problem.js';
import { AuditService } from '../audit/audit.service.js';
import {
  freeSlug,
  lockForMerge,
  lockReference,
  referenceChange,
  renameInSubscriptions,
  writeWithSlug,
} from '../references/reference-steps.js';
import type { StaffActor } from '../staff/staff-actor.js';
import type { StaffTopicDto } from './dto/staff-topic.dto.js';
import { TopicEntity } from './topic.entity.js';

const USAGE = `SELECT t.id, t.slug, t.name,
         (SELECT count(*)::int FROM event_topic et WHERE et.topic_id = t.id) AS events,
         (SELECT count(*)::int FROM newsletter_subscription s WHERE s.topics ? t.slug) AS subscriptions
    FROM topic t`;

/**
 * Topics for staff: create, rename, merge duplicates, delete unused ones. Topics are shared by
 * every organisation, so changing them is for administrators. Newsletter subscriptions store
 * topic slugs; renaming a slug or merging rewrites them, so no subscriber loses a choice.
 */
@Injectable()
export class StaffTopicsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<StaffTopicDto[]> {
    return this.dataSource.query(`${USAGE} ORDER BY t.name COLLATE "und-x-icu", t.slug`);
  }

  async create(input: CreateTopicDto, actor: StaffActor): Promise<StaffTopicDto> {
    return this.dataSource.transaction(async (manager) => {
      const slug = input.slug ?? (await freeSlug(manager, TopicEntity, input.name));
      const topic = await this.save(() =>
        manager.save(manager.create(TopicEntity, { slug, name: input.name })),
      );
      await this.audit.record(
        referenceChange(actor, 'topic.create', topic.id, null, { slug, name: input.name }),
        manager,
      );
      return this.usage(manager, topic.id);
    });
  }

  async update(id: string, input: UpdateTopicDto, actor: StaffActor): Promise<StaffTopicDto> {
    return this.dataSource.transaction(async (manager) => {
      const topic = await this.lock(manager, id);
      const before = { slug: topic.slug, name: topic.name };
      topic.slug = input.slug ?? topic.slug;
      topic.name = input.name ?? topic.name;
      await this.save(() => manager.save(topic));
      if (topic.slug !== before.slug)
        await renameInSubscriptions(manager, 'topics', before.slug, topic.slug);
      await this.audit.record(
        referenceChange(actor, 'topic.update', id, before, {
          slug: topic.slug,
          name: topic.name,
        }),
        manager,
      );
      return this.usage(manager, id);
    });
  }

  /** Moves every event and subscription of topic `id` to `into`, then deletes `id`. */
  async merge(id: string, into: string, actor: StaffActor): Promise<StaffTopicDto> {
    return this.dataSource.transaction(async (manager) => {
      const { source, target } = await lockForMerge(
        manager,
        TopicEntity,
        { id, into },
        { notFound: 'TOPIC.NOT_FOUND', intoItself: 'TOPIC.MERGE_INTO_ITSELF' },
      );
      const added: unknown[] = await manager.query(
        `INSERT INTO event_topic (event_id, topic_id)
         SELECT event_id, $2 FROM event_topic WHERE topic_id = $1
         ON CONFLICT DO NOTHING
         RETURNING event_id`,
        [id, into],
      );
      await renameInSubscriptions(manager, 'topics', source.slug, target.slug);
      await manager.delete(TopicEntity, { id });
      await this.audit.record(
        referenceChange(
          actor,
          'topic.merge',
          into,
          { slug: source.slug, name: source.name },
          { into: target.slug, eventsAdded: added.length },
        ),
        manager,
      );
      return this.usage(manager, into);
    });
  }

  /** Deletes a topic no event uses (subscriptions that chose it simply lose the choice). */
  async remove(id: string, actor: StaffActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const topic = await this.lock(manager, id);
      const { events } = await this.usage(manager, id);
      if (events > 0) throw new ProblemException('TOPIC.IN_USE');
      await renameInSubscriptions(manager, 'topics', topic.slug, null);
      await manager.delete(TopicEntity, { id });
      await this.audit.record(
        referenceChange(actor, 'topic.delete', id, { slug: topic.slug, name: topic.name }, null),
        manager,
      );
    });
  }

  private lock(manager: EntityManager, id: string): Promise<TopicEntity> {
    return lockReference(manager, TopicEntity, id, 'TOPIC.NOT_FOUND');
  }

  private save<T>(run: () => Promise<T>): Promise<T> {
    return writeWithSlug(run, 'UQ_topic_slug', 'TOPIC.SLUG_TAKEN');
  }

  private async usage(manager: EntityManager, id: string): Promise<StaffTopicDto> {
    const [row] = await manager.query(`${USAGE} WHERE t.id = $1`, [id]);
    return row;
  }
}
