import { Module } from '@nestjs/common';
import { TeamFacts } from './team-facts.js';
import { TeamController } from './team.controller.js';
import { TeamService } from './team.service.js';

@Module({ controllers: [TeamController], providers: [TeamService, TeamFacts], exports: [TeamFacts] })
export class TeamModule {}
