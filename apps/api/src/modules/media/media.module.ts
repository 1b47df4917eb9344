import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config.js';
import { StaffModule } from '../staff/staff.module.js';
import { MediaFilesController } from './media-files.controller.js';
import { MediaItemEntity } from './media-item.entity.js';
import { StaffMediaController } from './staff-media.controller.js';
import { StaffMediaService } from './staff-media.service.js';
import { LocalDiskStorage } from './storage/local-disk-storage.js';
import { MEDIA_STORAGE } from './storage/media-storage.js';

@Module({
  imports: [TypeOrmModule.forFeature([MediaItemEntity]), StaffModule],
  controllers: [MediaFilesController, StaffMediaController],
  providers: [
    StaffMediaService,
    {
      provide: MEDIA_STORAGE,
      useFactory: (config: AppConfig) => new LocalDiskStorage(config.MEDIA_DIR),
      inject: [AppConfig],
    },
  ],
})
export class MediaModule {}
