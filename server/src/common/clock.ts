import { Injectable } from '@nestjs/common';

/**
 * The one source of "now" for rules that depend on the date (stage windows, expiry). Tests move it with
 * `travelTo`; nothing in the running platform does.
 */
@Injectable()
export class Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  travelTo(date: Date | null): void {
    this.fixed = date;
  }
}
