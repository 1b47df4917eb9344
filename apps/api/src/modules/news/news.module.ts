import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NewsController } from './news.controller.js';
import { NewsPostEntity } from './news-post.entity.js';
import { NewsService } from './news.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([NewsPostEntity])],
  controllers: [NewsController],
  providers: [NewsService],
})
export class NewsModule {}
