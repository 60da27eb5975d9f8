import { type DynamicModule, Module, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '@congvan/jobs';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { diskStorage } from 'multer';
import { FileStorage } from '@congvan/storage';
import { ChangeFeed } from '@congvan/db';
import { ResponseCache } from './response-cache.js';
import { JOB_DOCUMENT_MATCH_REPLY, type DocumentJob } from '@congvan/documents';
import { ReplyMatch } from './reply-match.entity.js';
import { ReplyMatchesController } from './reply-matches.controller.js';
import { ReplyMatchesService } from './reply-matches.service.js';
import { ReplyMatchingService } from './reply-matching.service.js';
import { TaskEvent } from './task-event.entity.js';
import { TaskResponse } from './task-response.entity.js';
import { Task } from './task.entity.js';
import { TaskingController } from './tasking.controller.js';
import { TaskListService } from './task-list.service.js';
import { WorklistController, WorklistService } from './worklist.js';
import { CalendarController, CalendarService } from './calendar.js';
import { type Clock, TASKING_CLOCK, vietnamToday } from './clock.js';
import { ComplianceService } from './compliance.service.js';
import { DispatchService } from './dispatch.service.js';
import { HorizonService } from './horizon.service.js';
import { TaskPlanner } from './task-planner.js';
import { TaskRegisterService } from './task-register.service.js';
import { TaskingService } from './tasking.service.js';
// After tasking.service: it imports the service, whose DTOs import the controller's constants.
import { TaskTransferService } from './task-transfer.service.js';

export interface TaskingOptions {
  maxAttachmentBytes: number;
  clock?: Clock;
  /** How many bytes of inbox and compliance answers this process keeps (ResponseCache); 0 or absent: none. */
  responseCacheBytes?: number;
}

export const JOB_REMIND_OVERDUE = 'tasks.remind';
export const JOB_EXTEND_HORIZON = 'tasks.extend-horizon';
export const JOB_TRANSFER_MERGED = 'tasks.transfer-merged';

@Module({})
export class TaskingModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly compliance: ComplianceService,
    private readonly horizon: HorizonService,
    private readonly matching: ReplyMatchingService,
    private readonly transfers: TaskTransferService,
  ) {}

  onModuleInit(): void {
    this.jobs.define(JOB_REMIND_OVERDUE, {
      handle: async () => void (await this.compliance.remindOverdue()),
      schedule: '0 7 * * *',
    });
    // First, work of units merged overnight goes to their successors (then the horizon and reminders see it there).
    this.jobs.define(JOB_TRANSFER_MERGED, {
      handle: async () => void (await this.transfers.transferMergedTasks()),
      schedule: '15 0 * * *',
    });
    // Before the reminders: occurrences that came within the horizon overnight exist by 07:00.
    this.jobs.define(JOB_EXTEND_HORIZON, {
      handle: async () => void (await this.horizon.extendHorizon()),
      schedule: '30 0 * * *',
    });
    // After extraction: is the document a unit's answer to a directive of ours? (closed loop)
    this.jobs.define<DocumentJob>(JOB_DOCUMENT_MATCH_REPLY, {
      handle: async (data) => void (await this.matching.matchDocument(data.documentId)),
      retryLimit: 2,
    });
  }

  static forRoot(options: TaskingOptions): DynamicModule {
    return {
      module: TaskingModule,
      imports: [
        TypeOrmModule.forFeature([Task, TaskResponse, TaskEvent, ReplyMatch]),
        // Attachments stream to the file store's staging folder (never whole in memory), under the
        // size cap; multer deletes what it wrote when a limit is hit, the controller what the service
        // refused. FileStorage comes from the global StorageModule.
        MulterModule.registerAsync({
          inject: [FileStorage],
          useFactory: (storage: FileStorage) => ({
            storage: diskStorage({
              destination: (_request, _file, done) => {
                mkdirSync(storage.stagingDir, { recursive: true });
                done(null, storage.stagingDir);
              },
              filename: (_request, _file, done) => done(null, `${randomBytes(16).toString('hex')}.upload`),
            }),
            limits: { fileSize: options.maxAttachmentBytes, files: 10, fields: 10 },
          }),
        }),
      ],
      controllers: [TaskingController, ReplyMatchesController, WorklistController, CalendarController],
      providers: [
        { provide: TASKING_CLOCK, useValue: options.clock ?? vietnamToday },
        TaskPlanner,
        TaskingService,
        DispatchService,
        ComplianceService,
        HorizonService,
        TaskRegisterService,
        TaskListService,
        WorklistService,
        CalendarService,
        ReplyMatchingService,
        ReplyMatchesService,
        TaskTransferService,
        {
          provide: ResponseCache,
          // Without the change feed (a module test that does not start it) nothing is cached.
          inject: [{ token: ChangeFeed, optional: true }],
          useFactory: (feed: ChangeFeed | undefined) =>
            new ResponseCache(feed ?? null, options.responseCacheBytes ?? 0),
        },
      ],
      exports: [
        TaskingService,
        DispatchService,
        ComplianceService,
        HorizonService,
        TaskListService,
        ReplyMatchingService,
        TaskTransferService,
      ],
    };
  }
}
