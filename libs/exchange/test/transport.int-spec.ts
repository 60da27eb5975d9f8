import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderTransport, HttpTransport } from '@congvan/exchange';

describe('edXML transports (real folder, real HTTP server)', () => {
  let server: Server;
  let url: string;
  const received: Array<{ headers: IncomingMessage['headers']; body: Buffer }> = [];
  let answer = 200;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks) });
        response.statusCode = answer;
        response.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/edxml`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('writes a package into the folder whole, under a safe name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-transport-'));
    try {
      await new FolderTransport(join(dir, 'outbox')).send('status-06-../x.xml', Buffer.from('<edXML/>'));
      expect(readdirSync(join(dir, 'outbox'))).toEqual(['status-06-.._x.xml']);
      expect(readFileSync(join(dir, 'outbox', 'status-06-.._x.xml'), 'utf8')).toBe('<edXML/>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('posts a package to the gateway with its name and token, and fails on a non-2xx answer', async () => {
    const transport = new HttpTransport(url, 'bi-mat');
    await transport.send('document-1.xml', Buffer.from('<edXML>Đã đến</edXML>'));
    expect(received[0].body.toString('utf8')).toBe('<edXML>Đã đến</edXML>');
    expect(received[0].headers).toMatchObject({
      authorization: 'Bearer bi-mat',
      'x-edxml-file-name': 'document-1.xml',
      'content-type': 'application/xml; charset=utf-8',
    });
    answer = 503;
    await expect(transport.send('document-2.xml', Buffer.from('<edXML/>'))).rejects.toThrow('gateway answered 503');
  });
});
