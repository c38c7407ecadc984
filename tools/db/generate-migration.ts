/**
 * Writes a migration from the difference between the entities and a database
 * migrated to the last committed migration, for both dialects:
 *
 *   npm run db:migration -- <Name>
 *
 * With --check it writes nothing and exits 1 when a migration is pending (CI).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  createDataSource,
  withTemporaryPostgresDatabase,
} from '@gongkai/api-persistence';
import type { DatabaseTarget } from '@gongkai/api-persistence';

const ROOT = join(
  __dirname,
  '..',
  '..',
  'libs/api/persistence/src/lib/migrations',
);

interface Pending {
  up: string[];
  down: string[];
}

async function pending(target: DatabaseTarget): Promise<Pending> {
  const ds = createDataSource(target);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const log = await ds.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((q) => q.query),
      down: log.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await ds.destroy();
  }
}

const quote = (q: string) =>
  '`' + q.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

function source(className: string, name: string, p: Pending): string {
  const body = (qs: string[]) =>
    qs.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${name}';

  async up(queryRunner: QueryRunner): Promise<void> {
${body(p.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${body(p.down)}
  }
}
`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const name = args.find((a) => !a.startsWith('--'));
  const sqlite = await pending({ dialect: 'sqlite', path: ':memory:' });
  const postgres = await withTemporaryPostgresDatabase((url) =>
    pending({ dialect: 'postgres', url }),
  );
  const found = { sqlite, postgres };
  if (check) {
    let drift = false;
    for (const [dialect, p] of Object.entries(found)) {
      if (p.up.length > 0) {
        drift = true;
        console.error(
          `${dialect}: the entities and the migrations disagree; run npm run db:migration -- <Name>:\n  ${p.up.join('\n  ')}`,
        );
      }
    }
    if (drift) process.exit(1);
    console.log('Migrations match the entities on SQLite and PostgreSQL.');
    return;
  }
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a PascalCase name');
  }
  const stamp = Date.now();
  for (const [dialect, p] of Object.entries(found)) {
    if (p.up.length === 0) {
      console.log(`${dialect}: nothing to do`);
      continue;
    }
    const kebab = name.replace(
      /[A-Z]/g,
      (c, i: number) => (i ? '-' : '') + c.toLowerCase(),
    );
    const file = join(ROOT, dialect, `${stamp}-${kebab}.ts`);
    const cls = `${name}${dialect === 'sqlite' ? 'Sqlite' : 'Postgres'}${stamp}`;
    writeFileSync(file, source(cls, cls, p));
    console.log(`wrote ${file}; add it to migrations/${dialect}/index.ts`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
