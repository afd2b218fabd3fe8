import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACTIVITY_KIND_LABEL, ACTIVITY_PHOTOS_MAX } from '@cacem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { conflict, DomainException, notFound, unprocessable } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import type { MultipartBody } from '../../storage/multipart.js';
import { StorageService } from '../../storage/storage.service.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { AuditService } from '../audit/index.js';
import { countCurrentMembers, teamMembersByIds } from '../member/index.js';
import { findTeam, type Team } from '../team/index.js';
import { ActivityPhoto } from './activity-photo.entity.js';
import { ActivityRecord } from './activity-record.entity.js';
import type { CreateActivityRecordDto } from './dto/create-activity-record.dto.js';
import type { ListActivityRecordsDto } from './dto/list-activity-records.dto.js';
import { type ActivityRecordDetail, type ActivityRecordSummary, PHOTO_MEDIA_TYPES, type RecordPhotoView } from './activity-record.schemas.js';

const PHOTO_TYPES = new Set<string>(PHOTO_MEDIA_TYPES);

/** What a retry must repeat exactly for it to be the same record. */
const sameContent = (r: ActivityRecord, dto: CreateActivityRecordDto) =>
  r.date === dto.date && r.kind === dto.kind && r.content === dto.content && r.place === dto.place;

@Injectable()
export class ActivityRecordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG_TOKEN) private readonly config: AppConfig,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Saves a record sent from a phone. The phone may send it again after a dropped connection: the same
   * clientKey returns the stored record (created: false) and never makes a second one.
   */
  async create(principal: Principal, teamId: number, dto: CreateActivityRecordDto): Promise<{ created: boolean; record: ActivityRecordSummary }> {
    const team = requireAccess(principal, 'team.read', await this.team(teamId));
    const existing = await this.dataSource.getRepository(ActivityRecord).findOneBy({ teamId: team.id, clientKey: dto.clientKey });
    if (existing) return { created: false, record: this.summary(existing, await this.photoCounts([existing.id])) };
    await this.checkAttendees(this.dataSource.manager, team.id, dto.attendeeIds);
    try {
      const record = await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(ActivityRecord, {
            teamId: team.id,
            clientKey: dto.clientKey,
            date: dto.date,
            kind: dto.kind,
            content: dto.content,
            place: dto.place,
            attendeeIds: [...new Set(dto.attendeeIds)],
            createdBy: actorOf(principal),
            createdByName: principal.displayName.slice(0, 100),
          }),
        );
        await this.audit.record(manager, {
          actor: actorOf(principal),
          action: 'activity_record.create',
          entity: 'activity_record',
          entityId: saved.id,
          after: { teamId: team.id, date: saved.date, kind: saved.kind },
        });
        return saved;
      });
      return { created: true, record: this.summary(record, new Map()) };
    } catch (error) {
      // Two sends of the same record raced; the unique key kept one, which is the answer to both.
      if (!isUniqueViolation(error)) throw error;
      const stored = await this.dataSource.getRepository(ActivityRecord).findOneByOrFail({ teamId: team.id, clientKey: dto.clientKey });
      if (!sameContent(stored, dto)) throw conflict('CLIENT_KEY_REUSED', 'clientKey');
      return { created: false, record: this.summary(stored, await this.photoCounts([stored.id])) };
    }
  }

  async list(principal: Principal, teamId: number, query: ListActivityRecordsDto): Promise<{ items: ActivityRecordSummary[]; total: number; page: number; pageSize: number }> {
    const team = requireAccess(principal, 'team.read', await this.team(teamId));
    const qb = this.dataSource.getRepository(ActivityRecord).createQueryBuilder('r').where('r.teamId = :teamId', { teamId: team.id });
    if (query.kind) qb.andWhere('r.kind = :kind', { kind: query.kind });
    if (query.from) qb.andWhere('r.date >= :from', { from: query.from });
    if (query.to) qb.andWhere('r.date <= :to', { to: query.to });
    const [records, total] = await qb
      .orderBy('r.date', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const counts = await this.photoCounts(records.map((r) => r.id));
    return { items: records.map((r) => this.summary(r, counts)), total, page: query.page, pageSize: query.pageSize };
  }

  async detail(principal: Principal, teamId: number, recordId: number): Promise<ActivityRecordDetail> {
    const team = requireAccess(principal, 'team.read', await this.team(teamId));
    const record = await this.findRecord(team, recordId);
    const photos = await this.dataSource.getRepository(ActivityPhoto).find({ where: { recordId: record.id }, order: { id: 'ASC' } });
    const attendees = record.attendeeIds.length
      ? await teamMembersByIds(this.dataSource.manager, record.teamId, record.attendeeIds)
      : [];
    return {
      ...this.summary(record, new Map([[record.id, photos.length]])),
      attendees: attendees.map((m) => ({ id: m.id, name: m.name, removed: m.removedAt !== null })),
      photos: photos.map((p) => this.photoView(p)),
    };
  }

  /** One photo of a record, streamed to storage; checked by content, not by name. Resending with the same photoKey is harmless. */
  async addPhoto(principal: Principal, teamId: number, recordId: number, body: MultipartBody): Promise<{ created: boolean; photo: RecordPhotoView }> {
    const team = requireAccess(principal, 'team.read', await this.team(teamId));
    const record = await this.findRecord(team, recordId);
    const upload = await this.storage.readUpload(body, { fileField: 'photo', maxBytes: this.config.storage.maxPhotoBytes, fields: ['photoKey'] });
    try {
      const photoKey = (upload.fields.photoKey ?? '').trim();
      if (!/^[A-Za-z0-9-]{1,80}$/.test(photoKey)) throw unprocessable('FIELD_INVALID', 'photoKey', '照片编号格式不正确');
      const existing = await this.dataSource.getRepository(ActivityPhoto).findOneBy({ recordId: record.id, photoKey });
      if (existing) {
        await upload.file.discard();
        return { created: false, photo: this.photoView(existing) };
      }
      const type = await this.storage.sniff(upload.file.tempPath);
      if (!type || !PHOTO_TYPES.has(type.mime)) throw new DomainException('PHOTO_NOT_IMAGE', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'photo' });
      const count = await this.dataSource.getRepository(ActivityPhoto).countBy({ recordId: record.id });
      if (count >= ACTIVITY_PHOTOS_MAX) throw conflict('ACTIVITY_PHOTOS_FULL', 'photo');
      const stored = await upload.file.commit();
      try {
        const photo = await this.dataSource.transaction(async (manager) => {
          const saved = await manager.save(manager.create(ActivityPhoto, { recordId: record.id, photoKey, storageKey: stored.key, mime: type.mime, size: stored.size }));
          await this.audit.record(manager, {
            actor: actorOf(principal),
            action: 'activity_record.add_photo',
            entity: 'activity_record',
            entityId: record.id,
            after: { photoId: saved.id, sha256: stored.sha256, size: stored.size },
          });
          return saved;
        });
        return { created: true, photo: this.photoView(photo) };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return { created: false, photo: this.photoView(await this.dataSource.getRepository(ActivityPhoto).findOneByOrFail({ recordId: record.id, photoKey })) };
      }
    } catch (error) {
      await upload.file.discard();
      throw error;
    }
  }

  /** The team an action names, for requireAccess to check against the caller (null: there is none). */
  private team(id: number): Promise<Team | null> {
    return findTeam(this.dataSource.manager, id);
  }

  /** One of the team's records (the caller may read the team). */
  private async findRecord(team: Team, recordId: number): Promise<ActivityRecord> {
    const record = await this.dataSource.getRepository(ActivityRecord).findOneBy({ id: recordId, teamId: team.id });
    if (!record) throw notFound('ACTIVITY_RECORD_NOT_FOUND');
    return record;
  }

  private async checkAttendees(manager: EntityManager, teamId: number, attendeeIds: number[]): Promise<void> {
    const ids = [...new Set(attendeeIds)];
    if (ids.length === 0) return;
    const found = await countCurrentMembers(manager, teamId, ids);
    if (found !== ids.length) throw unprocessable('ACTIVITY_ATTENDEE_UNKNOWN', 'attendeeIds');
  }

  private async photoCounts(recordIds: number[]): Promise<Map<number, number>> {
    if (recordIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(ActivityPhoto)
      .createQueryBuilder('p')
      .select('p.recordId', 'recordId')
      .addSelect('COUNT(*)', 'n')
      .where('p.recordId IN (:...ids)', { ids: recordIds })
      .groupBy('p.recordId')
      .getRawMany<{ recordId: number | string; n: number | string }>();
    return new Map(rows.map((r) => [Number(r.recordId), Number(r.n)]));
  }

  private summary(r: ActivityRecord, photoCounts: Map<number, number>): ActivityRecordSummary {
    return {
      id: r.id,
      clientKey: r.clientKey,
      date: r.date,
      kind: r.kind,
      kindLabel: ACTIVITY_KIND_LABEL[r.kind],
      content: r.content,
      place: r.place,
      attendeeIds: r.attendeeIds,
      attendeeCount: r.attendeeIds.length,
      photoCount: photoCounts.get(r.id) ?? 0,
      createdByName: r.createdByName,
      createdAt: r.createdAt,
    };
  }

  private photoView(p: ActivityPhoto): RecordPhotoView {
    return { id: p.id, photoKey: p.photoKey, mime: p.mime, size: p.size, url: this.storage.signedUrl(p.storageKey, { mime: p.mime }) };
  }
}
