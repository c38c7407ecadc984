import { parseReport } from '@gongkai/disclosure-domain';

import type { E2eServer } from './testing/e2e-server';
import { e2eDatabases, startE2eServer } from './testing/e2e-server';

interface Installation {
  city: string | null;
  demo: boolean;
  demoCity: string | null;
}

/**
 * The city an installation serves (GONGKAI_CITY): the API names it, and the city's
 * draft report is made in the name of its government unless the office names another.
 */
describe.each(e2eDatabases('installation'))(
  'Installation city on %s',
  (_, make) => {
    let server: E2eServer;
    let drop: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      const db = await make();
      drop = db.drop;
      server = await startE2eServer(db.url, false, { city: '武汉市' });
    }, 120_000);

    afterAll(async () => {
      await server?.close();
      await drop?.();
    });

    const installation = async (): Promise<Installation> => {
      const res = await server.fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ installation { city demo demoCity } }',
        }),
      });
      const body = (await res.json()) as {
        data: { installation: Installation };
      };
      return body.data.installation;
    };

    const draftAgency = async (query: string): Promise<string | null> => {
      const res = await server.fetch(
        `${server.url}/api/exports/city-report.docx?year=2024${query}`,
      );
      expect(res.status).toBe(200);
      return parseReport(new Uint8Array(await res.arrayBuffer())).agency;
    };

    it('names the configured city, with no demo data', async () => {
      expect(await installation()).toEqual({
        city: '武汉市',
        demo: false,
        demoCity: null,
      });
    });

    it("makes the draft in the name of the city's government unless told otherwise", async () => {
      expect(await draftAgency('')).toBe('武汉市人民政府');
      expect(
        await draftAgency(
          `&agency=${encodeURIComponent('武汉市江岸区人民政府')}`,
        ),
      ).toBe('武汉市江岸区人民政府');
    });
  },
);
