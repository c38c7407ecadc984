import { DEMO_META_KEY, ReportStore } from '@gongkai/api-persistence';
import { Inject, Injectable } from '@nestjs/common';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';

export interface Installation {
  /** The database holds the demo city: shown wherever its data is shown. */
  demo: boolean;
  demoCity: string | null;
  demoNow: string | null;
  /** The city served: GONGKAI_CITY, else the demo city's name; null when neither. */
  city: string | null;
}

/** What this installation is: whose reports it holds, and whether they are demo data. */
@Injectable()
export class InstallationInfo {
  constructor(
    @Inject(ReportStore) private readonly store: ReportStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(): Promise<Installation> {
    const raw = await this.store.getMeta(DEMO_META_KEY);
    const configured = this.config.city || null;
    if (!raw) {
      return { demo: false, demoCity: null, demoNow: null, city: configured };
    }
    const v = JSON.parse(raw) as { city?: string; now?: string };
    const demoCity = v.city ?? null;
    return {
      demo: true,
      demoCity,
      demoNow: v.now ?? null,
      city: configured ?? demoCity,
    };
  }
}
