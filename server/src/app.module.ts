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
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CampaignModule } from './modules/campaign/campaign.module.js';
import { EnterpriseModule } from './modules/enterprise/enterprise.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { RecommendingUnitModule } from './modules/recommending-unit/recommending-unit.module.js';
import { RegistrationCardModule } from './modules/registration-card/registration-card.module.js';
import { TeamModule } from './modules/team/team.module.js';
// — issue 4 imports: members & activity records —
import { ActivityRecordModule } from './modules/activity-record/activity-record.module.js';
import { MemberModule } from './modules/member/member.module.js';
// — issue 4 imports: registration & materials —
import { ApplicationModule } from './modules/application/application.module.js';
import { MaterialModule } from './modules/material/material.module.js';
import { StorageModule } from './storage/storage.module.js';
// — issue 4 imports: WeChat & notifications —
import { NotificationModule } from './modules/notification/notification.module.js';
import { WechatModule } from './modules/wechat/wechat.module.js';
// — issue 5 imports: recommending units —
import { RecommendationModule } from './modules/recommendation/recommendation.module.js';
import { UnitPackageModule } from './modules/unit-package/unit-package.module.js';
import { UnitStatisticsModule } from './modules/unit-statistics/unit-statistics.module.js';
// — issue 6 imports: expert pool —
import { ExpertModule } from './modules/expert/expert.module.js';
// — issue 6 imports: screening —
import { ScreeningModule } from './modules/screening/screening.module.js';
// — issue 6 imports: panel draw —
import { PanelModule } from './modules/panel/panel.module.js';
// — issue 6 imports: review, presentations, grading —
import { GradingModule } from './modules/grading/grading.module.js';
import { InvitationModule } from './modules/invitation/invitation.module.js';
import { PresentationModule } from './modules/presentation/presentation.module.js';
import { ReviewModule } from './modules/review/review.module.js';
// — issue 6 imports: certificates —
import { CertificateModule } from './modules/certificate/certificate.module.js';
// — issue 6 imports: discipline —
import { DisciplineModule } from './modules/discipline/discipline.module.js';
// — issue 8 imports: similarity —
import { SimilarityModule } from './modules/similarity/similarity.module.js';
// — issue 9 imports: idempotency keys —
import { IdempotencyModule } from './modules/idempotency/idempotency.module.js';
// — issue 7 imports: console —
import { ConsoleModule } from './modules/console/console.module.js';
// — issue 7 imports: exports —
import { ExportsModule } from './modules/exports/exports.module.js';

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
        AuditModule,
        AuthModule,
        CampaignModule,
        HealthModule,
        RecommendingUnitModule,
        RegistrationCardModule,
        EnterpriseModule,
        TeamModule,
        // — issue 4 modules: members & activity records —
        MemberModule,
        ActivityRecordModule,
        // — issue 4 modules: registration & materials —
        StorageModule,
        ApplicationModule,
        MaterialModule,
        // — issue 4 modules: WeChat & notifications —
        NotificationModule,
        WechatModule,
        // — issue 5 modules: recommending units —
        RecommendationModule,
        UnitStatisticsModule,
        UnitPackageModule,
        // — issue 6 modules: expert pool —
        ExpertModule,
        // — issue 6 modules: screening —
        ScreeningModule,
        // — issue 6 modules: panel draw —
        PanelModule,
        // — issue 6 modules: review, presentations, grading —
        ReviewModule,
        PresentationModule,
        InvitationModule,
        GradingModule,
        // — issue 6 modules: certificates —
        CertificateModule,
        // — issue 6 modules: discipline —
        DisciplineModule,
        // — issue 7 modules: console —
        ConsoleModule,
        // — issue 7 modules: exports —
        ExportsModule,
        // — issue 8 modules: similarity —
        SimilarityModule,
        // — issue 9 modules: idempotency keys —
        IdempotencyModule,
      ],
      providers: [{ provide: APP_CONFIG_TOKEN, useValue: config }, Clock],
      exports: [APP_CONFIG_TOKEN, Clock],
    };
  }
}
