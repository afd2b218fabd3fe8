import { Module } from '@nestjs/common';
import { MemberAuthController } from './member-auth.controller.js';
import { MemberAuthService } from './member-auth.service.js';
import { MemberController } from './member.controller.js';
import { MemberService } from './member.service.js';

@Module({ controllers: [MemberController, MemberAuthController], providers: [MemberService, MemberAuthService], exports: [MemberService] })
export class MemberModule {}
