import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { CampaignService } from '../campaign/index.js';
import { chinaTime, NotificationService, thing } from '../notification/index.js';
import { activeUnitContacts } from '../account/index.js';
import { activeUnits } from './recommending-unit.queries.js';
import type { UnitFilingOverview, UnitFilingRow, UnitReminded } from './recommending-unit.schemas.js';
import { UnitFilingRegistry } from './unit-filing-registry.js';

/** The secretariat's view of what each recommending unit has done this campaign, and reminders to those behind. */
@Injectable()
export class UnitFilingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG_TOKEN) private readonly config: AppConfig,
    private readonly campaigns: CampaignService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly counts: UnitFilingRegistry,
  ) {}

  async overview(principal: Principal): Promise<UnitFilingOverview> {
    requireAccess(principal, 'recommendations.read');
    const items = await this.filings();
    const sum = (key: 'contacts' | 'submitted' | 'recommended' | 'declined') => items.reduce((n, i) => n + i[key], 0);
    return {
      items,
      totals: {
        units: items.length,
        contacts: sum('contacts'),
        submitted: sum('submitted'),
        recommended: sum('recommended'),
        declined: sum('declined'),
        statisticsFiled: items.filter((i) => i.statisticsFiled).length,
        packageFiled: items.filter((i) => i.packageFiled).length,
      },
    };
  }

  /** An inbox message (and a WeChat message when bound and configured) to every active contact of the units. */
  async remind(principal: Principal, unitIds?: number[]): Promise<UnitReminded> {
    requireAccess(principal, 'units.manage');
    const campaign = await this.campaigns.current();
    const filings = await this.filings();
    const targets = unitIds ? filings.filter((f) => unitIds.includes(f.unitId)) : filings.filter((f) => !f.statisticsFiled || !f.packageFiled);
    if (targets.length === 0) return { reminded: 0 };
    const closes = campaign.settings.windows.registration.closes;
    const templateId = this.config.wechat.statusTemplateId;
    return this.dataSource.transaction(async (manager) => {
      const contacts = await activeUnitContacts(manager, targets.map((t) => t.unitId));
      for (const unit of targets) {
        const recipients = contacts.filter((c) => c.recommendingUnitId === unit.unitId).map((c) => ({ type: 'user' as const, id: c.id }));
        const missing = [unit.statisticsFiled ? null : '统计表', unit.packageFiled ? null : '推荐材料 PDF'].filter(Boolean).join('、');
        await this.notifications.notify(manager, recipients, {
          title: '请按时报送推荐材料',
          body: `请于 ${closes} 前在平台报送${campaign.name}的推荐函、统计表（附件3）和优秀名单公布通知${missing ? `（尚缺：${missing}）` : ''}。`,
          wechat: templateId
            ? { templateId, page: 'pages/index/index', data: { thing1: thing(unit.name), thing2: thing('请报送推荐材料'), time3: { value: chinaTime(new Date(`${closes}T15:59:00Z`)) } } }
            : undefined,
        });
      }
      const reminded = contacts.length;
      await this.audit.record(manager, {
        actor: actorOf(principal),
        action: 'recommending_unit.remind',
        entity: 'campaign',
        entityId: campaign.id,
        after: { unitIds: targets.map((t) => t.unitId), contacts: reminded },
      });
      return { reminded };
    });
  }

  private async filings(): Promise<UnitFilingRow[]> {
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const units = await activeUnits(manager);
    const contacts = await activeUnitContacts(manager);
    const counts = await this.counts.count(manager, campaign.id, units.map((u) => u.id));
    return units.map((unit) => ({
      unitId: unit.id,
      seq: unit.seq,
      name: unit.name,
      contacts: contacts.filter((c) => c.recommendingUnitId === unit.id).length,
      ...counts.get(unit.id)!,
    }));
  }
}
