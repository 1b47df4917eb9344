import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { StaffOnly } from '../staff/staff-access.js';

export class ReferenceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ description: 'Name or title as shown in choices' }) label: string;
}

/** What an event can refer to: the choices of the admin's event form. */
export class StaffReferencesDto {
  @ApiProperty({ type: () => [ReferenceDto] }) organisations: ReferenceDto[];
  @ApiProperty({ type: () => [ReferenceDto] }) people: ReferenceDto[];
  @ApiProperty({ type: () => [ReferenceDto] }) series: ReferenceDto[];
  @ApiProperty({ type: () => [ReferenceDto] }) topics: ReferenceDto[];
}

@ApiTags('staff events')
@Controller('v1/staff/references')
export class StaffReferencesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @StaffOnly()
  @ApiOperation({
    operationId: 'getStaffReferences',
    summary: 'Organisations, people, series and topics with their ids, sorted for choosing',
  })
  @ApiOkResponse({ type: StaffReferencesDto })
  async get(): Promise<StaffReferencesDto> {
    const query = (sql: string): Promise<ReferenceDto[]> => this.dataSource.query(sql);
    const [organisations, people, series, topics] = await Promise.all([
      query(
        'SELECT id, slug, name AS label FROM organisation ORDER BY name COLLATE "und-x-icu", id',
      ),
      query(
        `SELECT id, slug, concat_ws(' ', academic_title, first_name, last_name) AS label
           FROM person ORDER BY last_name COLLATE "und-x-icu", first_name COLLATE "und-x-icu", id`,
      ),
      query('SELECT id, slug, title AS label FROM series ORDER BY title COLLATE "und-x-icu", id'),
      query('SELECT id, slug, name AS label FROM topic ORDER BY name COLLATE "und-x-icu", id'),
    ]);
    return { organisations, people, series, topics };
  }
}
