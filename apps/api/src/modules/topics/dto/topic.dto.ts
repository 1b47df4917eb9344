import { ApiProperty } from '@nestjs/swagger';

export class TopicDto {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
}

export class TopicListDto {
  @ApiProperty({ type: () => [TopicDto] }) items: TopicDto[];
}
