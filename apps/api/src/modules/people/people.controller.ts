import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SlugPipe } from '../../common/slug.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { PersonDto, PersonListDto } from './dto/person.dto.js';
import { PeopleService } from './people.service.js';
import { PublicCache } from '../../common/public-cache/public-cache.js';

@ApiTags('people')
@Controller('v1/people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @PublicCache()
  @ApiOperation({ operationId: 'listPeople', summary: 'Speakers and moderators, by last name' })
  @ApiOkResponse({ type: PersonListDto })
  list(): Promise<PersonListDto> {
    return this.people.list();
  }

  @Get(':slug')
  @PublicCache()
  @ApiOperation({ operationId: 'getPerson', summary: 'A speaker or moderator with their events' })
  @ApiOkResponse({ type: PersonDto })
  @ApiProblems(400, 404)
  get(@Param('slug', SlugPipe) slug: string): Promise<PersonDto> {
    return this.people.getBySlug(slug);
  }
}
