import { AuthService, UserAccount } from '@congvan/auth';
import { JsonLogger } from '@congvan/common';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../setup/test-app.js';

describe('identity and access (HTTP)', () => {
  let app: TestApp;
  let admin: string;
  const logLines: string[] = [];
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const login = (username: string, password: string, ip = '10.0.0.1') =>
    app.http().post('/auth/login').set('X-Forwarded-For', ip).send({ username, password });

  beforeAll(async () => {
    app = await startTestApp({ TRUST_PROXY: 'loopback' }, new JsonLogger('debug', (line) => logLines.push(line)));
    admin = await app.signIn('system_admin');
  });

  afterAll(() => app.close());

  function createUser(username: string, role = 'clerk', password = TEST_PASSWORD) {
    return app.http().post('/users').set(auth(admin)).send({ username, displayName: 'Nguyễn Văn A', role, password });
  }

  it('signs in with a cookie and a token, and signs out', async () => {
    await createUser('vanthu01').expect(201);
    const response = await login('VanThu01', TEST_PASSWORD).expect(200);
    expect(response.body.user).toMatchObject({ username: 'vanthu01', role: 'clerk' });
    expect(response.headers['set-cookie'][0]).toMatch(/^congvan_session=.+; .*HttpOnly.*SameSite=Strict/);
    expect(JSON.stringify(response.body)).not.toMatch(/passwordHash|argon2/);
    await app.http().get('/auth/me').set('Cookie', response.headers['set-cookie'][0].split(';')[0]).expect(200);
    await app.http().post('/auth/logout').set(auth(response.body.token)).expect(204);
    await app.http().get('/auth/me').set(auth(response.body.token)).expect(401);
  });

  it('refuses a wrong password and an unknown user with the same bilingual answer', async () => {
    const wrong = await login('vanthu01', 'Sai-mat-khau-123!').expect(401);
    const unknown = await login('khong-ton-tai', 'Sai-mat-khau-123!').expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toMatchObject({ code: 'BAD_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
  });

  it('backs off per account and address after five failures, doubling, the same for an unknown account', async () => {
    await createUser('vanthu02').expect(201);
    // Each account is tried right after its fifth failure: the 1 s back-off must not have run out
    // while the other account's failures were being hashed on a loaded machine.
    const fiveFailuresThenRightPassword = async (name: string) => {
      for (let i = 0; i < 5; i++) await login(name, 'Sai-mat-khau-123!', '10.0.0.2').expect(401);
      return login(name, TEST_PASSWORD, '10.0.0.2').expect(429);
    };
    const known = await fiveFailuresThenRightPassword('vanthu02');
    const unknown = await fiveFailuresThenRightPassword('khong-co-ai');
    expect(known.body).toEqual({
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Đăng nhập sai nhiều lần. Vui lòng thử lại sau 1 giây.',
      messageEn: 'Too many failed sign-ins. Try again in 1 s.',
      details: { retryAfterSeconds: 1 },
    });
    expect(unknown.body).toEqual(known.body);
    expect(known.headers['retry-after']).toBe('1');
    // The same account from another desk of the office is not held back by these failures.
    await login('vanthu02', TEST_PASSWORD, '10.0.0.22').expect(200);
    // After the wait, one more failure doubles it (2 s); the right password after that gets in.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await login('vanthu02', 'Sai-mat-khau-123!', '10.0.0.2').expect(401);
    expect((await login('vanthu02', TEST_PASSWORD, '10.0.0.2').expect(429)).body.details.retryAfterSeconds).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await login('vanthu02', TEST_PASSWORD, '10.0.0.2').expect(200);
  });

  it('does not lock out an office behind one address: others sign in after many failures there', async () => {
    for (let i = 0; i < 30; i++) await login(`x${i}`, 'Sai-mat-khau-123!', '10.9.9.9').expect(401);
    await login('vanthu01', TEST_PASSWORD, '10.9.9.9').expect(200);
  });

  it('says an account is locked only to someone who gives its password; otherwise the answer of an unknown one', async () => {
    await createUser('vanthu06').expect(201);
    await app.dataSource
      .getRepository(UserAccount)
      .update({ username: 'vanthu06' }, { lockedUntil: new Date('9999-12-31T00:00:00Z'), lockReason: 'disabled' });
    const locked = await login('vanthu06', 'Sai-mat-khau-123!', '10.0.0.7').expect(401);
    const unknown = await login('khong-ton-tai-2', 'Sai-mat-khau-123!', '10.0.0.7').expect(401);
    expect(locked.body).toEqual(unknown.body);
    const right = await login('vanthu06', TEST_PASSWORD, '10.0.0.7').expect(423);
    expect(right.body).toMatchObject({ code: 'ACCOUNT_LOCKED', details: { reason: 'disabled' } });
  });

  it('locks an account whose password is past its rotation deadline', async () => {
    await createUser('quantri02', 'system_admin').expect(201);
    await app.dataSource
      .getRepository(UserAccount)
      .update({ username: 'quantri02' }, { passwordChangedAt: new Date(Date.now() - 91 * 86_400_000) });
    const response = await login('quantri02', TEST_PASSWORD, '10.0.0.3').expect(423);
    expect(response.body.details.reason).toBe('rotation_overdue');
    const users = await app.http().get('/users').set(auth(admin)).expect(200);
    expect(users.body.find((u: { username: string }) => u.username === 'quantri02').lockReason).toBe(
      'rotation_overdue',
    );
  });

  it('locks overdue accounts in the daily sweep, users after 180 days', async () => {
    await createUser('vanthu04').expect(201);
    await createUser('vanthu05').expect(201);
    const accounts = app.dataSource.getRepository(UserAccount);
    await accounts.update({ username: 'vanthu04' }, { passwordChangedAt: new Date(Date.now() - 181 * 86_400_000) });
    await accounts.update({ username: 'vanthu05' }, { passwordChangedAt: new Date(Date.now() - 179 * 86_400_000) });
    expect(await app.running.app.get(AuthService).lockOverdueAccounts()).toBe(1);
    expect((await accounts.findOneByOrFail({ username: 'vanthu04' })).lockReason).toBe('rotation_overdue');
    expect((await accounts.findOneByOrFail({ username: 'vanthu05' })).lockReason).toBeNull();
  });

  it('refuses an account bound to a unit that is not in the registry', async () => {
    const response = await app
      .http()
      .post('/users')
      .set(auth(admin))
      .send({
        username: 'quantri-donvi',
        displayName: 'Trần Văn B',
        role: 'unit_admin',
        unitId: '6f1f3c52-8a43-4d43-9a57-3b8a9d0f2a11',
        password: TEST_PASSWORD,
      })
      .expect(422);
    expect(response.body).toMatchObject({ code: 'UNKNOWN_UNIT', message: 'Đơn vị không có trong danh mục.' });
  });

  it('enforces the password policy and refuses the last five passwords', async () => {
    const weak = await createUser('vanthu03', 'clerk', 'ngan').expect(422);
    expect(weak.body).toMatchObject({
      code: 'WEAK_PASSWORD',
      details: { violations: expect.arrayContaining(['TOO_SHORT', 'NO_UPPER', 'NO_DIGIT', 'NO_SPECIAL']) },
    });
    await createUser('vanthu03').expect(201);
    let current = TEST_PASSWORD;
    let token = (await login('vanthu03', current, '10.0.0.4').expect(200)).body.token;
    for (const next of ['Mật-khẩu-Hai-2024!', 'Mật-khẩu-Ba-2024!']) {
      await app
        .http()
        .post('/auth/password')
        .set(auth(token))
        .send({ currentPassword: current, newPassword: next })
        .expect(204);
      current = next;
      token = (await login('vanthu03', current, '10.0.0.4').expect(200)).body.token;
    }
    const reused = await app
      .http()
      .post('/auth/password')
      .set(auth(token))
      .send({ currentPassword: current, newPassword: TEST_PASSWORD })
      .expect(422);
    expect(reused.body.code).toBe('PASSWORD_REUSED');
  });

  it('never writes a password, a session token or a password hash to the logs', async () => {
    const { body } = await login('vanthu01', TEST_PASSWORD, '10.0.0.6').expect(200);
    await app.http().get('/auth/me').set(auth(body.token)).expect(200);
    const logs = logLines.join('\n');
    expect(logLines.length).toBeGreaterThan(10);
    for (const secret of [TEST_PASSWORD, 'Mật-khẩu-Hai-2024!', body.token, '$argon2'])
      expect(logs).not.toContain(secret);
  });

  it("changes an account's role and unit, disables it (its sessions end) and enables it again", async () => {
    const { body: created } = await createUser('vanthu07').expect(201);
    const session = (await login('vanthu07', TEST_PASSWORD, '10.0.0.6').expect(200)).body.token;
    const ward = await app.unitId('dongda.ward.cat-linh');
    // A unit admin needs a unit; an unknown unit is refused; the administrator cannot disable itself.
    const noUnit = await app.http().patch(`/users/${created.id}`).set(auth(admin)).send({ role: 'unit_admin' });
    expect(noUnit.status).toBe(422);
    expect(noUnit.body.code).toBe('UNIT_REQUIRED');
    const me = (await app.http().get('/auth/me').set(auth(admin)).expect(200)).body;
    const self = await app.http().patch(`/users/${me.id}`).set(auth(admin)).send({ disabled: true }).expect(409);
    expect(self.body).toMatchObject({ code: 'CANNOT_DISABLE_SELF', message: expect.stringContaining('Không thể') });
    await app.http().patch(`/users/${created.id}`).set(auth(session)).send({ disabled: true }).expect(403);

    const { body: moved } = await app
      .http()
      .patch(`/users/${created.id}`)
      .set(auth(admin))
      .send({ role: 'unit_admin', unitId: ward })
      .expect(200);
    expect(moved).toMatchObject({ role: 'unit_admin', unitId: ward, lockReason: null });
    // The open session carries the new rights at once.
    expect((await app.http().get('/auth/me').set(auth(session)).expect(200)).body).toMatchObject({
      role: 'unit_admin',
      unitId: ward,
    });
    const { body: disabled } = await app
      .http()
      .patch(`/users/${created.id}`)
      .set(auth(admin))
      .send({ disabled: true })
      .expect(200);
    expect(disabled.lockReason).toBe('disabled');
    await app.http().get('/auth/me').set(auth(session)).expect(401);
    expect((await login('vanthu07', TEST_PASSWORD, '10.0.0.6')).status).toBe(423);
    await app.http().patch(`/users/${created.id}`).set(auth(admin)).send({ disabled: false }).expect(200);
    await login('vanthu07', TEST_PASSWORD, '10.0.0.6').expect(200);
    const { body: trail } = await app.http().get(`/audit?action=user.updated&targetId=${created.id}`).set(auth(admin));
    expect(trail.map((e: { details: Record<string, unknown> }) => e.details)).toEqual([
      { disabled: false },
      { disabled: true },
      { role: 'unit_admin', unitId: ward },
    ]);
  });

  it('keeps an audit trail that only administrators read', async () => {
    const clerk = (await login('vanthu01', TEST_PASSWORD, '10.0.0.5').expect(200)).body.token;
    await app.http().get('/audit').set(auth(clerk)).expect(403);
    const events = await app.http().get('/audit?action=auth.password_changed').set(auth(admin)).expect(200);
    expect(events.body).toHaveLength(2);
    const logins = await app.http().get('/audit?action=auth.login').set(auth(admin)).expect(200);
    expect(logins.body[0]).toMatchObject({ action: 'auth.login', ip: expect.any(String) });
  });
});
