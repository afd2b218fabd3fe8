import { Module } from '@nestjs/common';
import { ApplicationModule } from '../application/index.js';
import { InvitationController } from './invitation.controller.js';
import { InvitationService } from './invitation.service.js';

@Module({ imports: [ApplicationModule], controllers: [InvitationController], providers: [InvitationService] })
export class InvitationModule {}
