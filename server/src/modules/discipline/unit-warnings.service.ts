import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Principal, requireAccess } from '../access/index.js';
import type { ListWarningsDto } from './dto/discipline.dto.js';
import type { UnitWarningList } from './discipline.schemas.js';
import { warningViews } from './misconduct-views.js';
import { UnitWarning } from './unit-warning.entity.js';

/**
 * 警示: the warnings a recommending unit received when a case against one of its applications was upheld
 * (MisconductService writes them). The secretariat reads every unit's; a unit's contact reads their own unit's.
 */
@Injectable()
export class UnitWarningsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The secretariat: every unit's warnings, or one unit's. */
  async warnings(principal: Principal, query: ListWarningsDto): Promise<UnitWarningList> {
    requireAccess(principal, 'discipline.manage');
    const manager = this.dataSource.manager;
    const rows = await manager.find(UnitWarning, { where: query.unitId !== undefined ? { recommendingUnitId: query.unitId } : {}, order: { id: 'DESC' } });
    return { items: await warningViews(manager, rows) };
  }

  /** A recommending unit's contact: the warnings of their own unit only. */
  async mineWarnings(principal: Principal): Promise<UnitWarningList> {
    const contact = requireAccess(principal, 'unit.act');
    const manager = this.dataSource.manager;
    const rows = await manager.find(UnitWarning, { where: { recommendingUnitId: contact.recommendingUnitId }, order: { id: 'DESC' } });
    return { items: await warningViews(manager, rows) };
  }
}
