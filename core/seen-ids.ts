// Remembers the most recent message ids, so a resent envelope is stored once.
import { RecentMap } from '../base/recent-map.ts';

export class SeenIds {
  private readonly ids: RecentMap<string, true>;

  constructor(max: number) {
    this.ids = new RecentMap(max);
  }

  /** true when the id is new. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.set(id, true);
    return true;
  }
}
