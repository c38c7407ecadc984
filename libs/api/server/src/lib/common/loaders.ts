import type { Request, Response } from 'express';
import type { ReportStore } from '@gongkai/api-persistence';
import type { Finding } from '@gongkai/disclosure-domain';
import DataLoader from 'dataloader';

/** Per-request batch loaders: a list of versions loads its findings in one query. */
export interface Loaders {
  findings: DataLoader<number, Finding[]>;
}

export function createLoaders(store: ReportStore): Loaders {
  return {
    findings: new DataLoader(async (ids: readonly number[]) => {
      const found = await store.findingsOf(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}

/** The HTTP exchange of a GraphQL request. */
export interface HttpContext {
  req: Request;
  res: Response;
}

export interface RequestContext extends HttpContext {
  loaders: Loaders;
}
