import { applyDecorators, Delete, Get, HttpCode, Patch, Post, type Type } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { MergeReferenceDto } from '@stadtgespraech/domain/common';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../staff/staff-access.js';

const EDITORS = { roles: [StaffRole.Administrator, StaffRole.Organiser] };
const ADMINS = { roles: [StaffRole.Administrator] };

interface Operation {
  operationId: string;
  summary: string;
  description?: string;
}

/**
 * The six endpoints of a reference collection under /staff (series, organisations, people):
 * route, roles and OpenAPI description in one decorator each. Every role reads; administrators
 * and organisers create and change (the service checks scope); administrators merge and delete.
 */
export const ReferenceEndpoint = {
  list: (type: Type, operation: Operation) =>
    applyDecorators(Get(), StaffOnly(), ApiOperation(operation), ApiOkResponse({ type })),

  get: (type: Type, operation: Operation) =>
    applyDecorators(
      Get(':id'),
      StaffOnly(),
      ApiOperation(operation),
      ApiOkResponse({ type }),
      ApiProblems(400, 404),
    ),

  create: (body: Type, type: Type, operation: Operation) =>
    applyDecorators(
      Post(),
      StaffOnly(EDITORS),
      ApiOperation(operation),
      ApiBody({ type: body }),
      ApiCreatedResponse({ type }),
      ApiProblems(400, 403, 409, 422),
    ),

  update: (body: Type, type: Type, operation: Operation) =>
    applyDecorators(
      Patch(':id'),
      StaffOnly(EDITORS),
      ApiHeader({
        name: 'If-Match',
        required: true,
        description: 'The ETag (version) as loaded; a stale one is refused with 412',
      }),
      ApiOperation(operation),
      ApiBody({ type: body }),
      ApiOkResponse({ type }),
      ApiProblems(400, 403, 404, 409, 412, 422, 428),
    ),

  merge: (type: Type, operation: Operation) =>
    applyDecorators(
      Post(':id/merge'),
      HttpCode(200),
      StaffOnly(ADMINS),
      ApiOperation(operation),
      ApiBody({ type: MergeReferenceDto }),
      ApiOkResponse({ type }),
      ApiProblems(400, 404, 409),
    ),

  remove: (operation: Operation) =>
    applyDecorators(
      Delete(':id'),
      HttpCode(204),
      StaffOnly(ADMINS),
      ApiOperation(operation),
      ApiNoContentResponse(),
      ApiProblems(400, 404, 409),
    ),
};
