import { Module } from '@nestjs/common';
import { TeamModule } from '../team/index.js';
import { MemberAuthController } from './member-auth.controller.js';
import { MemberAuthService } from './member-auth.service.js';
import { MemberSubject } from './member-subject.js';
import { MemberController } from './member.controller.js';
import { MemberService } from './member.service.js';

@Module({
  imports: [TeamModule],
  controllers: [MemberController, MemberAuthController],
  providers: [MemberService, MemberAuthService, MemberSubject],
  exports: [MemberService],
})
export class MemberModule {}
