import { createSecretKey } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Clock } from './common/clock.js';
import { APP_CONFIG_TOKEN } from './config/app-config.token.js';
import type { AppConfig } from './config/app-config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { serializeSqliteTransactions } from './database/serialize-sqlite-transactions.js';
import { widenLongTextColumns } from './database/long-text.js';
import { ActivityRecordModule } from './modules/activity-record/activity-record.module.js';
import { ApplicationModule } from './modules/application/application.module.js';
import { ApplicationFactsModule } from './modules/application/application-facts.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { WechatLoginModule } from './modules/auth/wechat-login.module.js';
import { CampaignModule } from './modules/campaign/campaign.module.js';
import { CertificateModule } from './modules/certificate/certificate.module.js';
import { ReportingModule } from './modules/reporting/reporting.module.js';
import { DisciplineModule } from './modules/discipline/discipline.module.js';
import { EnterpriseModule } from './modules/enterprise/enterprise.module.js';
import { ExpertModule } from './modules/expert/expert.module.js';
import { ExportsModule } from './modules/exports/exports.module.js';
import { GradingModule } from './modules/grading/grading.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { IdempotencyModule } from './modules/idempotency/idempotency.module.js';
import { InvitationModule } from './modules/invitation/invitation.module.js';
import { MaterialModule } from './modules/material/material.module.js';
import { MemberModule } from './modules/member/member.module.js';
import { NotificationModule } from './modules/notification/notification.module.js';
import { PanelModule } from './modules/panel/panel.module.js';
import { PresentationModule } from './modules/presentation/presentation.module.js';
import { RecommendationModule } from './modules/recommendation/recommendation.module.js';
import { RecommendingUnitModule } from './modules/recommending-unit/recommending-unit.module.js';
import { RegistrationCardModule } from './modules/registration-card/registration-card.module.js';
import { ReviewModule } from './modules/review/review.module.js';
import { ScreeningModule } from './modules/screening/screening.module.js';
import { SimilarityModule } from './modules/similarity/similarity.module.js';
import { TeamModule } from './modules/team/team.module.js';
import { UnitPackageModule } from './modules/unit-package/unit-package.module.js';
import { UnitStatisticsModule } from './modules/unit-statistics/unit-statistics.module.js';
import { WechatModule } from './modules/wechat/wechat.module.js';
import { StorageModule } from './storage/storage.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Tokens and passwords never reach the log.
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            customProps: () => ({ service: 'cacem-server' }),
            // The id Fastify gave the request (requestIdOf), so log lines and audit entries name the same one.
            genReqId: (request) => String(request.headers['x-request-id'] ?? ''),
          },
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(config.database), retryAttempts: 1, retryDelay: 500 }),
          dataSourceFactory: async (options) => serializeSqliteTransactions(widenLongTextColumns(await new DataSource(options!).initialize())),
        }),
        // A KeyObject, not the string: jsonwebtoken turns a string into a key on every sign and verify, first trying it as a
        // PEM public key and failing (a thrown error), which was ~6 % of the server's CPU on an authenticated read.
        JwtModule.register({ global: true, secret: createSecretKey(Buffer.from(config.jwt.secret)), signOptions: { expiresIn: config.jwt.ttlSeconds } }),
        // Platform: the audit chain, sign-in, the campaign and its settings, health.
        AuditModule,
        AuthModule,
        CampaignModule,
        HealthModule,
        // Who takes part: recommending units, registration cards, enterprises, teams, members and their records.
        RecommendingUnitModule,
        RegistrationCardModule,
        EnterpriseModule,
        TeamModule,
        MemberModule,
        ActivityRecordModule,
        // Applications and their materials.
        StorageModule,
        ApplicationModule,
        ApplicationFactsModule,
        MaterialModule,
        // Messages to people: WeChat and the inbox.
        NotificationModule,
        WechatLoginModule,
        WechatModule,
        // What a recommending unit files.
        RecommendationModule,
        UnitStatisticsModule,
        UnitPackageModule,
        // Review: experts, screening, panels, scoring, presentations, invitations, grades, certificates, discipline.
        ExpertModule,
        ScreeningModule,
        PanelModule,
        ReviewModule,
        PresentationModule,
        InvitationModule,
        GradingModule,
        CertificateModule,
        DisciplineModule,
        // The secretariat's console, exports and the similarity check (材料查重).
        ReportingModule,
        ExportsModule,
        SimilarityModule,
        // Idempotency keys, used by every module that takes a write.
        IdempotencyModule,
      ],
      providers: [{ provide: APP_CONFIG_TOKEN, useValue: config }, Clock],
      exports: [APP_CONFIG_TOKEN, Clock],
    };
  }
}
