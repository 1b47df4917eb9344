import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { toImageDto } from '../../common/dto/map-shared.js';
import { ProblemException } from '../../common/problem.js';
import { EventContributorEntity } from '../events/event-contributor.entity.js';
import { PUBLIC_STATUSES } from '../events/public-statuses.js';
import type { PersonDto, PersonListDto } from './dto/person.dto.js';
import { toPersonRef } from './person.mapper.js';
import { PersonEntity } from './person.entity.js';

@Injectable()
export class PeopleService {
  constructor(
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    @InjectRepository(EventContributorEntity)
    private readonly contributions: Repository<EventContributorEntity>,
  ) {}

  async list(): Promise<PersonListDto> {
    const rows = await this.people.find({
      relations: { organisation: true },
      order: { lastName: 'ASC', firstName: 'ASC' },
    });
    return { items: rows.map(toPersonRef) };
  }

  async getBySlug(slug: string): Promise<PersonDto> {
    const person = await this.people.findOne({
      where: { slug },
      relations: { organisation: true },
    });
    if (!person) throw new ProblemException('PERSON.NOT_FOUND');
    const contributions = await this.contributions.find({
      where: { personId: person.id, event: { status: In([...PUBLIC_STATUSES]) } },
      relations: { event: true },
      order: { event: { startsAt: 'DESC' } },
    });
    return {
      ...toPersonRef(person),
      bio: person.bio,
      photo: toImageDto(person.photo),
      events: contributions.map((c) => ({
        slug: c.event.slug,
        title: c.event.title,
        startsAt: c.event.startsAt.toISOString(),
        endsAt: c.event.endsAt.toISOString(),
        role: c.role,
        contributionTitle: c.contributionTitle,
      })),
    };
  }
}
