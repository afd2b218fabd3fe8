import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { PasswordService } from './password.service.js';

@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthService, PasswordService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [PasswordService, AuthService],
})
export class AuthModule {}
