import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { LockoutController } from './lockout.controller.js';
import { LockoutService } from './lockout.service.js';
import { PasswordService } from './password.service.js';
import { SessionService } from './session.service.js';
import { SubjectRegistry } from './subject.js';
import { LoginThrottleService } from './throttle.service.js';

@Global()
@Module({
  controllers: [AuthController, LockoutController],
  providers: [
    AuthService,
    PasswordService,
    SessionService,
    SubjectRegistry,
    LoginThrottleService,
    LockoutService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PasswordService, AuthService, SessionService, SubjectRegistry, LoginThrottleService, LockoutService],
})
export class AuthModule {}
