import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ContentChanges } from './content-changes.js';

/** Makes the process's `ContentChanges` injectable, for what services keep from public content. */
@Global()
@Module({})
export class ContentChangesModule {
  static forRoot(changes: ContentChanges): DynamicModule {
    return {
      module: ContentChangesModule,
      providers: [{ provide: ContentChanges, useValue: changes }],
      exports: [ContentChanges],
    };
  }
}
