import { JsonLogger } from './json-logger.js';

describe('JsonLogger', () => {
  const capture = (level: 'debug' | 'info' = 'info') => {
    const lines: string[] = [];
    return { lines, logger: new JsonLogger(level, (line) => lines.push(line)) };
  };

  it('writes one JSON object per message with level and context', () => {
    const { lines, logger } = capture();
    logger.log('Đã khởi động', 'Bootstrap');
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ level: 'info', context: 'Bootstrap', msg: 'Đã khởi động' });
    expect(Date.parse(entry.time)).not.toBeNaN();
  });

  it('merges structured fields and keeps error stacks', () => {
    const { lines, logger } = capture();
    logger.log({ msg: 'request', status: 200 }, 'Http');
    logger.error('failed', 'Error: boom\n    at x', 'Jobs');
    expect(JSON.parse(lines[0])).toMatchObject({ msg: 'request', status: 200, context: 'Http' });
    expect(JSON.parse(lines[1])).toMatchObject({
      level: 'error',
      msg: 'failed',
      context: 'Jobs',
      stack: expect.stringContaining('boom'),
    });
  });

  it('drops messages below the configured level', () => {
    const { lines, logger } = capture('info');
    logger.debug('noise');
    expect(lines).toHaveLength(0);
  });
});
