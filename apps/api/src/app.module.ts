import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/app-config.js';
import { ContentChanges } from './common/public-cache/content-changes.js';
import { ContentChangesModule } from './common/public-cache/content-changes.module.js';
import { ConfigModule } from './config/config.module.js';
import { AppDataSource } from './database/app-data-source.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { CalendarModule } from './modules/calendar/calendar.module.js';
import { ConsentsModule } from './modules/consents/consents.module.js';
import { ContactModule } from './modules/contact/contact.module.js';
import { MediaModule } from './modules/media/media.module.js';
import { EventAdminModule } from './modules/event-admin/event-admin.module.js';
import { EventsModule } from './modules/events/events.module.js';
import { FormsModule } from './modules/forms/forms.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { JobsModule } from './modules/jobs/jobs.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { MaintenanceModule } from './modules/maintenance/maintenance.module.js';
import { NewsModule } from './modules/news/news.module.js';
import { NewsletterModule } from './modules/newsletter/newsletter.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';
import { PeopleModule } from './modules/people/people.module.js';
import { PrivacyModule } from './modules/privacy/privacy.module.js';
import { ProblemsModule } from './modules/problems/problems.module.js';
import { RegistrationAdminModule } from './modules/registration-admin/registration-admin.module.js';
import { RegistrationsModule } from './modules/registrations/registrations.module.js';
import { SeriesModule } from './modules/series/series.module.js';
import { StaffModule } from './modules/staff/staff.module.js';
import { TopicsModule } from './modules/topics/topics.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, contentChanges: ContentChanges): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ContentChangesModule.forRoot(contentChanges),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(config), retryAttempts: 5, retryDelay: 2_000 }),
          dataSourceFactory: (options) => new AppDataSource(options!).initialize(),
        }),
        JobsModule,
        AuditModule,
        MailModule,
        CalendarModule,
        EventsModule,
        EventAdminModule,
        SeriesModule,
        OrganisationsModule,
        PeopleModule,
        TopicsModule,
        NewsModule,
        HealthModule,
        ProblemsModule,
        FormsModule,
        ConsentsModule,
        RegistrationsModule,
        RegistrationAdminModule,
        PrivacyModule,
        NewsletterModule,
        ContactModule,
        MediaModule,
        MaintenanceModule,
        StaffModule,
      ],
    };
  }
}
