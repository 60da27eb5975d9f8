import request from 'supertest';
import { loadEnv } from '@congvan/config';
import { JsonLogger } from '@congvan/common';
import { startApp, type RunningApp } from '../../apps/api/src/bootstrap.js';
import { createEmptyDatabase, type TestDatabase } from '../setup/test-database.js';

describe('GET /health', () => {
  let database: TestDatabase;
  let running: RunningApp;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    const env = loadEnv({ DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'warn' });
    running = await startApp(env, new JsonLogger('warn'));
  });

  afterAll(async () => {
    await running.close();
    await database.drop();
  });

  it('is green when the database and the queue are up', async () => {
    const response = await request(running.app.getHttpServer()).get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: { status: 'up' }, queue: { status: 'up' } });
  });

  it('answers an unknown route with a bilingual 404', async () => {
    const response = await request(running.app.getHttpServer()).get('/khong-co').expect(404);
    expect(response.body).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/Không tìm thấy/),
      messageEn: expect.any(String),
    });
  });
});
