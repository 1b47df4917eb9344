import 'reflect-metadata';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import { ProblemFilter, toProblem } from './common/problem.filter.js';
import { createLogger, PinoNestLogger, RequestLogController } from './common/logger.js';
import { createValidationPipe } from './common/validation.js';
import { addSecurityHeaders } from './common/security-headers.js';
import { requestIdOf } from './common/request-id.js';
import { ContentChanges } from './common/public-cache/content-changes.js';
import { PublicAnswerCache } from './common/public-cache/public-cache.js';
import { type AppConfig, trustProxySetting } from './config/app-config.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';

const BODY_LIMIT_BYTES = 100 * 1024;

export interface CreateAppOptions {
  /** Build the module graph without instantiating providers (no database), e.g. for the OpenAPI export. */
  preview?: boolean;
}

/** Builds the Nest application with everything `main.ts` and the tests share. */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const logger = createLogger(config.NODE_ENV === 'test' ? 'silent' : config.LOG_LEVEL);
  // What the process keeps from public content is dropped on every change (ADR 0019).
  const keepPublicContent = !options.preview && config.PUBLIC_CACHE_SECONDS > 0;
  const contentChanges = new ContentChanges(
    keepPublicContent ? { databaseUrl: config.DATABASE_URL, logger } : undefined,
  );
  const publicCache = keepPublicContent
    ? new PublicAnswerCache({ changes: contentChanges, ttlSeconds: config.PUBLIC_CACHE_SECONDS })
    : undefined;
  const adapter = new FastifyAdapter({
    serverFactory: publicCache?.serverFactory,
    loggerInstance: logger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: trustProxySetting(config.TRUST_PROXY),
    // genReqId reads the header itself, so that only harmless ids are taken over.
    requestIdHeader: false,
    logController: new RequestLogController(),
    // Errors Fastify raises before routing (bad URL encoding, over-long path parameters).
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => {
      const { problem } = toProblem(error);
      void reply
        .status(problem.status)
        .header('content-type', 'application/problem+json; charset=utf-8')
        .send({ ...problem, requestId: request.id });
    },
    genReqId: requestIdOf,
  });
  const fastify = adapter.getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  fastify.addHook('onSend', addSecurityHeaders);
  publicCache?.attach(fastify);
  fastify.addHook('onReady', async () => contentChanges.start());
  fastify.addHook('onClose', async () => contentChanges.stop());

  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, contentChanges),
    adapter,
    {
      logger: new PinoNestLogger(logger),
      preview: options.preview ?? false,
      abortOnError: false,
    },
  );
  // Uploads only (the media library); their limits are set per route in media-upload.ts.
  await app.register(fastifyMultipart);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'Stadtgespräch API',
    swaggerOptions: { defaultModelsExpandDepth: 0, tryItOutEnabled: true },
  });
  return app;
}
