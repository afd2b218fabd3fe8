import { Global, Module } from '@nestjs/common';
import { InboxController } from './inbox.controller.js';
import { InboxService } from './inbox.service.js';
import { NotificationSender } from './notification-sender.js';
import { NotificationService } from './notification.service.js';

/** Global: every workflow step that changes an application's status calls NotificationService in its transaction. */
@Global()
@Module({
  controllers: [InboxController],
  providers: [NotificationService, InboxService, NotificationSender],
  exports: [NotificationService, NotificationSender],
})
export class NotificationModule {}
