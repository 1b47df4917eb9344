import type { OpenAPIObject } from '@nestjs/swagger';

/** Stable text form of the document (what is committed and compared in the drift test). */
export function serialiseOpenApi(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
