import type { IncomingMessage } from 'node:http';
import { get } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { serveDashboard } from './dashboard-static';

@Controller('api')
class PingController {
  @Get('ping')
  ping() {
    return { pong: true };
  }
}

@Module({ controllers: [PingController] })
class PingModule {}

describe('serveDashboard', () => {
  const root = mkdtempSync(join(tmpdir(), 'gongkai-web-'));
  const script = 'console.log("公开");'.repeat(50);
  let app: NestExpressApplication;
  let url: string;

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><div id="app"></div>',
    );
    writeFileSync(join(root, 'assets', 'index-abc.js'), script);
    writeFileSync(join(root, 'assets', 'index-abc.js.gz'), gzipSync(script));
    writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>');
    app = await NestFactory.create<NestExpressApplication>(PingModule, {
      logger: false,
    });
    if (!serveDashboard(app, root)) throw new Error('The build was not found');
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    url = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers every page path with index.html, uncached', async () => {
    for (const path of [
      '/',
      '/reports/12/2024',
      '/compare?metric=review.total',
    ]) {
      const res = await fetch(url + path, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<div id="app">');
    }
  });

  it('leaves the API and its 404s alone', async () => {
    expect(await (await fetch(`${url}/api/ping`)).json()).toEqual({
      pong: true,
    });
    const missing = await fetch(`${url}/api/nothing`, {
      headers: { accept: 'text/html' },
    });
    expect(missing.status).toBe(404);
  });

  it('sends the precompressed script to a browser that takes gzip, cached for good', async () => {
    // node:http, not fetch: fetch would unzip the body before we see it.
    const res = await new Promise<IncomingMessage>((resolve, reject) =>
      get(
        `${url}/assets/index-abc.js`,
        { headers: { 'accept-encoding': 'gzip' } },
        resolve,
      ).on('error', reject),
    );
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toContain('text/javascript');
    expect(res.headers['cache-control']).toContain('immutable');
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    expect(gunzipSync(body).toString()).toBe(script);
  });

  it('sends plain files otherwise, and 404 for a missing asset', async () => {
    const plain = await fetch(`${url}/assets/index-abc.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
    expect((await fetch(`${url}/assets/logo.svg`)).status).toBe(200);
    expect((await fetch(`${url}/assets/gone-123.js`)).status).toBe(404);
  });

  it('serves nothing when the folder has no build', () => {
    expect(serveDashboard(app, join(root, 'absent'))).toBe(false);
    expect(serveDashboard(app, '')).toBe(false);
  });
});
