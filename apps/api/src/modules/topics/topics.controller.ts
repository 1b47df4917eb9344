import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TopicListDto } from './dto/topic.dto.js';
import { TopicsService } from './topics.service.js';
import { PublicCache } from '../../common/public-cache/public-cache.js';

@ApiTags('topics')
@Controller('v1/topics')
export class TopicsController {
  constructor(private readonly topics: TopicsService) {}

  @Get()
  @PublicCache()
  @ApiOperation({ operationId: 'listTopics', summary: 'All topics, by name' })
  @ApiOkResponse({ type: TopicListDto })
  list(): Promise<TopicListDto> {
    return this.topics.list();
  }
}
