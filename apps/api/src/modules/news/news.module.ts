import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffModule } from '../staff/staff.module.js';
import { NewsController } from './news.controller.js';
import { NewsPostEntity } from './news-post.entity.js';
import { NewsService } from './news.service.js';
import { StaffNewsController } from './staff-news.controller.js';
import { StaffNewsService } from './staff-news.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([NewsPostEntity]), StaffModule],
  controllers: [NewsController, StaffNewsController],
  providers: [NewsService, StaffNewsService],
})
export class NewsModule {}
