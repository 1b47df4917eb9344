import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SlugPipe } from '../../common/slug.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { SeriesDto, SeriesListDto } from './dto/series.dto.js';
import { SeriesService } from './series.service.js';
import { PublicCache } from '../../common/public-cache/public-cache.js';

@ApiTags('series')
@Controller('v1/series')
export class SeriesController {
  constructor(private readonly series: SeriesService) {}

  @Get()
  @PublicCache()
  @ApiOperation({ operationId: 'listSeries', summary: 'All event series' })
  @ApiOkResponse({ type: SeriesListDto })
  list(): Promise<SeriesListDto> {
    return this.series.list();
  }

  @Get(':slug')
  @PublicCache()
  @ApiOperation({ operationId: 'getSeries', summary: 'One series with its organisers' })
  @ApiOkResponse({ type: SeriesDto })
  @ApiProblems(400, 404)
  get(@Param('slug', SlugPipe) slug: string): Promise<SeriesDto> {
    return this.series.getBySlug(slug);
  }
}
