import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentTextEntity } from './consent-text.entity.js';
import { ConsentTextsController } from './consent-texts.controller.js';
import { ConsentTextsService } from './consent-texts.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ConsentTextEntity])],
  controllers: [ConsentTextsController],
  providers: [ConsentTextsService],
  exports: [ConsentTextsService],
})
export class ConsentsModule {}
