import { Injectable } from '@nestjs/common';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ApplicationResult } from './application.schemas.js';

/**
 * Reads the published result (grade, certificate) an application's view shows. Those tables belong to higher modules,
 * so the one that reads them registers here (ApplicationResults.use, in its onModuleInit).
 */
export interface ApplicationResultReader {
  /** Adds the joins that read the result to the view's one query; `application` is the application's alias there. */
  joinForView<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, application: string): SelectQueryBuilder<T>;
  /** The result from what those joins mapped onto the application, taking the mapped properties off it. */
  takeFromView(application: object): ApplicationResult | null;
  /** The result of one application, read on its own. */
  read(manager: EntityManager, applicationId: number): Promise<ApplicationResult | null>;
}

/** Where the result's reader is registered; with none (no module publishes results) an application has no result. */
@Injectable()
export class ApplicationResults {
  private reader: ApplicationResultReader | null = null;

  use(reader: ApplicationResultReader): void {
    this.reader = reader;
  }

  joinForView<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, application: string): SelectQueryBuilder<T> {
    return this.reader ? this.reader.joinForView(qb, application) : qb;
  }

  takeFromView(application: object): ApplicationResult | null {
    return this.reader ? this.reader.takeFromView(application) : null;
  }

  read(manager: EntityManager, applicationId: number): Promise<ApplicationResult | null> {
    return this.reader ? this.reader.read(manager, applicationId) : Promise.resolve(null);
  }
}
