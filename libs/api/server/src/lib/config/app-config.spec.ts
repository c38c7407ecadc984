import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { CONFIG_VARIABLES, describeConfig, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('starts on the embedded defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: 'sqlite:./data/gongkai.sqlite',
      demo: true,
      production: false,
      maxUploadBytes: 20 * 1024 * 1024,
      webRoot: 'dist/apps/web',
      publicRead: false,
      adminUsername: 'admin',
      adminPassword: '',
      sessionHours: 12,
      city: '',
    });
  });

  it('reads the city served, trimmed, and refuses what is not a place name', () => {
    expect(loadConfig({ GONGKAI_CITY: ' 武汉市 ' }).city).toBe('武汉市');
    expect(loadConfig({ GONGKAI_CITY: 'Ürümqi' }).city).toBe('Ürümqi');
    expect(describeConfig(loadConfig({ GONGKAI_CITY: '武汉市' }))).toContain(
      'city=武汉市',
    );
    for (const bad of [
      '<b>市</b>',
      '武汉市1',
      '北京\u0007市',
      '市'.repeat(21),
    ]) {
      expect(() => loadConfig({ GONGKAI_CITY: bad })).toThrow(
        /GONGKAI_CITY must be a place name/,
      );
    }
  });

  it('reads PostgreSQL, GONGKAI_DEMO=0 and production', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://gongkai:secret@db:5432/gongkai',
      GONGKAI_DEMO: '0',
      NODE_ENV: 'production',
      PORT: '8080',
    });
    expect(c).toMatchObject({ port: 8080, demo: false, production: true });
    expect(describeConfig(c)).toContain(
      'postgres://gongkai:***@db:5432/gongkai',
    );
    expect(describeConfig(c)).not.toContain('secret');
  });

  it('names every invalid variable at once', () => {
    expect(() =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        GONGKAI_DEMO: 'maybe',
      }),
    ).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*GONGKAI_DEMO/);
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync(
      join(__dirname, '../../../../../../.env.example'),
      'utf8',
    );
    for (const v of CONFIG_VARIABLES) expect(example).toContain(`${v.name}=`);
  });
});
