import { ApiProperty } from '@nestjs/swagger';

/** A topic as staff manage it: with its id and how many events use it. */
export class StaffTopicDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Events tagged with the topic' }) events: number;
  @ApiProperty({ description: 'Newsletter subscriptions that chose the topic' })
  subscriptions: number;
}

export class StaffTopicListDto {
  @ApiProperty({ type: () => [StaffTopicDto] }) items: StaffTopicDto[];
}
