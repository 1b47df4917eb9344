import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ProblemException } from '../../common/problem.js';
import type { OrganisationDto, OrganisationListDto } from './dto/organisation.dto.js';
import { toOrganisationDto, toOrganisationRef } from './organisation.mapper.js';
import { OrganisationEntity } from './organisation.entity.js';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(OrganisationEntity)
    private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  async list(): Promise<OrganisationListDto> {
    const rows = await this.organisations.find({ order: { name: 'ASC' } });
    return { items: rows.map(toOrganisationRef) };
  }

  async getBySlug(slug: string): Promise<OrganisationDto> {
    const entity = await this.organisations.findOne({
      where: { slug },
      relations: { contacts: true },
    });
    if (!entity) throw new ProblemException('ORGANISATION.NOT_FOUND');
    return toOrganisationDto(entity);
  }
}
