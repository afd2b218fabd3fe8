import { Module } from '@nestjs/common';
import { RegistrationCardController } from './registration-card.controller.js';
import { RegistrationCardService } from './registration-card.service.js';

@Module({ controllers: [RegistrationCardController], providers: [RegistrationCardService] })
export class RegistrationCardModule {}
