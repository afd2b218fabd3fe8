import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A photo of an activity record; the bytes live in storage under `storageKey` (content-addressed by SHA-256). */
@Entity('activity_photo')
@Unique('UQ_activity_photo_record_photo_key', ['recordId', 'photoKey'])
export class ActivityPhoto {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  recordId: number;

  /** Made on the phone for each photo, so a resent upload is recognised. */
  @Column({ type: 'varchar', length: 80 })
  photoKey: string;

  @Column({ type: 'varchar', length: 100 })
  storageKey: string;

  @Column({ type: 'varchar', length: 40 })
  mime: string;

  @Column({ type: 'int' })
  size: number;

  @CreateDateColumn()
  createdAt: Date;
}
