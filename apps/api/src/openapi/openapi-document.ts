import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { API_VERSION } from '../version.js';
import { ProblemDto } from './problem.dto.js';

/** The OpenAPI 3.1 document of the API, as served and as committed for the typed client. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Stadtgespräch API')
    .setDescription(
      'Public API of Stadtgespräch, the event platform for networks of German small towns. ' +
        'Errors are RFC 9457 problem documents (application/problem+json) with a stable `code`; ' +
        'GET /api/problems lists the codes. Times are ISO 8601 in UTC; show them in Europe/Berlin.',
    )
    .setVersion(API_VERSION)
    .setLicense(
      'EUPL-1.2',
      'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
    )
    .build();
  return SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto],
    operationIdFactory: (_controller, method) => method,
  });
}
