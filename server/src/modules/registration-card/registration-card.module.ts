import { Module } from '@nestjs/common';
import { CardAuthService } from './card-auth.service.js';
import { RegistrationCardController } from './registration-card.controller.js';
import { RegistrationCardService } from './registration-card.service.js';

@Module({ controllers: [RegistrationCardController], providers: [RegistrationCardService, CardAuthService] })
export class RegistrationCardModule {}
