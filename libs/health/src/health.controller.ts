import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@congvan/auth';
import { JobQueue } from '@congvan/jobs';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: { status: 'up' | 'down' };
  queue: { status: 'up' | 'down' };
}

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  /** Green only when the database answers and the job queue is running. */
  @Public()
  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const database = await this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const queue = await this.jobs.isHealthy();
    const ok = database && queue;
    response.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ok ? 'ok' : 'degraded',
      database: { status: database ? 'up' : 'down' },
      queue: { status: queue ? 'up' : 'down' },
    };
  }
}
