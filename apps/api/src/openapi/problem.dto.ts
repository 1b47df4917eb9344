import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROBLEMS } from '../common/problem-codes.js';

export class FieldProblemDto {
  @ApiProperty({ example: 'request.pageSize' }) pointer: string;
  @ApiProperty({ type: [String] }) messages: string[];
}

/** RFC 9457 problem document, served as application/problem+json. */
export class ProblemDto {
  @ApiProperty({ example: '/api/problems/REQUEST.VALIDATION_FAILED' }) type: string;
  @ApiProperty() title: string;
  @ApiProperty() status: number;
  @ApiPropertyOptional() detail?: string;
  @ApiPropertyOptional() instance?: string;
  @ApiProperty({ enum: Object.keys(PROBLEMS), description: 'Stable error code' }) code: string;
  @ApiPropertyOptional() requestId?: string;
  @ApiPropertyOptional({ type: () => [FieldProblemDto] }) errors?: FieldProblemDto[];
}
