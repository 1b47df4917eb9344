import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { SlugPipe } from '../../common/slug.pipe.js';
import { OrganisationDto, OrganisationListDto } from './dto/organisation.dto.js';
import { OrganisationsService } from './organisations.service.js';
import { PublicCache } from '../../common/public-cache/public-cache.js';

@ApiTags('organisations')
@Controller('v1/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @PublicCache()
  @ApiOperation({ operationId: 'listOrganisations', summary: 'All organisations, by name' })
  @ApiOkResponse({ type: OrganisationListDto })
  list(): Promise<OrganisationListDto> {
    return this.organisations.list();
  }

  @Get(':slug')
  @PublicCache()
  @ApiOperation({
    operationId: 'getOrganisation',
    summary: 'One organisation with its contact persons',
  })
  @ApiOkResponse({ type: OrganisationDto })
  @ApiProblems(400, 404)
  get(@Param('slug', SlugPipe) slug: string): Promise<OrganisationDto> {
    return this.organisations.getBySlug(slug);
  }
}
