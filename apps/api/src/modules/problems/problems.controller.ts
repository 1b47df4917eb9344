import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { isProblemCode, PROBLEMS } from '../../common/problem-codes.js';
import { ProblemException } from '../../common/problem.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';

export class ProblemTypeDto {
  @ApiProperty() code: string;
  @ApiProperty() status: number;
  @ApiProperty() title: string;
}

/** Makes every problem `type` URI resolvable to a description of the code. */
@ApiTags('problems')
@Controller('problems')
export class ProblemsController {
  @Get()
  @ApiOperation({ operationId: 'listProblemTypes', summary: 'Every error code the API uses' })
  @ApiOkResponse({ type: [ProblemTypeDto] })
  list(): ProblemTypeDto[] {
    return Object.entries(PROBLEMS).map(([code, { status, title }]) => ({ code, status, title }));
  }

  @Get(':code')
  @ApiOperation({ operationId: 'getProblemType', summary: 'One error code' })
  @ApiOkResponse({ type: ProblemTypeDto })
  @ApiProblems(404)
  get(@Param('code') code: string): ProblemTypeDto {
    if (!isProblemCode(code)) throw new ProblemException('PROBLEM.NOT_FOUND');
    return { code, ...PROBLEMS[code] };
  }
}
