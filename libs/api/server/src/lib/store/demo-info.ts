import { DEMO_META_KEY, ReportStore } from '@gongkai/api-persistence';
import { Inject, Injectable } from '@nestjs/common';

/** Whether the database holds the demo city; shown wherever its data is shown. */
@Injectable()
export class DemoInfo {
  constructor(@Inject(ReportStore) private readonly store: ReportStore) {}

  async get(): Promise<{
    demo: boolean;
    demoCity: string | null;
    demoNow: string | null;
  }> {
    const raw = await this.store.getMeta(DEMO_META_KEY);
    if (!raw) return { demo: false, demoCity: null, demoNow: null };
    const v = JSON.parse(raw) as { city?: string; now?: string };
    return { demo: true, demoCity: v.city ?? null, demoNow: v.now ?? null };
  }
}
