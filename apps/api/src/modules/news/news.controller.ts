import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SlugPipe } from '../../common/slug.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { NewsListDto, NewsPostDto } from './dto/news.dto.js';
import { NewsService } from './news.service.js';
import { PublicCache } from '../../common/public-cache/public-cache.js';

@ApiTags('news')
@Controller('v1/news')
export class NewsController {
  constructor(private readonly news: NewsService) {}

  @Get()
  @PublicCache()
  @ApiOperation({ operationId: 'listNews', summary: 'Published news posts, newest first' })
  @ApiOkResponse({ type: NewsListDto })
  list(): Promise<NewsListDto> {
    return this.news.list();
  }

  @Get(':slug')
  @PublicCache()
  @ApiOperation({ operationId: 'getNewsPost', summary: 'One published news post' })
  @ApiOkResponse({ type: NewsPostDto })
  @ApiProblems(400, 404)
  get(@Param('slug', SlugPipe) slug: string): Promise<NewsPostDto> {
    return this.news.getBySlug(slug);
  }
}
