import { Module, type OnModuleInit } from '@nestjs/common';
import { CreditCodeLock, EnterpriseModule } from '../enterprise/index.js';
import { TeamFacts, TeamModule } from '../team/index.js';
import { enterpriseHasSubmitted, teamApplicationsInCampaign } from './application.queries.js';

/**
 * Tells the team and enterprise modules (below this one) how to read applications: a team's view shows its current
 * application, and a submitted application locks the enterprise's credit code.
 */
@Module({ imports: [TeamModule, EnterpriseModule] })
export class ApplicationFactsModule implements OnModuleInit {
  constructor(
    private readonly teamFacts: TeamFacts,
    private readonly creditCodeLock: CreditCodeLock,
  ) {}

  onModuleInit(): void {
    this.teamFacts.registerApplications((manager, campaignId, teamIds) => teamApplicationsInCampaign(manager, campaignId, teamIds));
    this.creditCodeLock.register((manager, enterpriseId) => enterpriseHasSubmitted(manager, enterpriseId));
  }
}
