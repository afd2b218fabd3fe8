import { UserAccount } from '../modules/account/user-account.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Campaign } from '../modules/campaign/campaign.entity.js';
import { Enterprise } from '../modules/enterprise/enterprise.entity.js';
import { RecommendingUnit } from '../modules/recommending-unit/recommending-unit.entity.js';
import { RegistrationCard } from '../modules/registration-card/registration-card.entity.js';
import { Team } from '../modules/team/team.entity.js';

export const ENTITIES = [Campaign, RecommendingUnit, UserAccount, Enterprise, RegistrationCard, Team, AuditEntry];
