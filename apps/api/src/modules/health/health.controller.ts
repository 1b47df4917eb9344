import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { HealthService } from './health.service.js';

export class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ enum: ['up'] }) database: 'up';
  @ApiProperty({ description: 'Round trip of a trivial query' }) databaseLatencyMs: number;
  @ApiProperty() version: string;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ operationId: 'getHealth', summary: 'Liveness and database reachability' })
  @ApiOkResponse({ type: HealthDto })
  @ApiProblems(503)
  check(): Promise<HealthDto> {
    return this.health.check();
  }
}
