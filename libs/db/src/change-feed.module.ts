import {
  type DynamicModule,
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { ChangeFeed } from './change-feed.js';

/** The process's ChangeFeed (one listening connection), for every module that caches what the database holds. */
@Global()
@Module({})
export class ChangeFeedModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(ChangeFeed) private readonly feed: ChangeFeed,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  static forRoot(options: { connectionString: string }): DynamicModule {
    const logger = new Logger('ChangeFeed');
    return {
      module: ChangeFeedModule,
      providers: [
        {
          provide: ChangeFeed,
          useValue: new ChangeFeed({
            connectionString: options.connectionString,
            onError: (msg, error) => logger.warn({ msg, error: (error as Error)?.message ?? String(error) }),
          }),
        },
      ],
      exports: [ChangeFeed],
    };
  }

  async onModuleInit(): Promise<void> {
    this.feed.listenOn((this.dataSource.driver as unknown as { master: pg.Pool }).master);
    await this.feed.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.feed.stop();
  }
}
