import { type DynamicModule, Module, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '@congvan/jobs';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { memoryStorage } from 'multer';
import { FileStorage, LocalFileStorage } from '@congvan/storage';
import { TaskEvent } from './task-event.entity.js';
import { TaskResponse } from './task-response.entity.js';
import { Task } from './task.entity.js';
import { TaskingController } from './tasking.controller.js';
import { type Clock, TASKING_CLOCK, TaskingService, vietnamToday } from './tasking.service.js';

export interface TaskingOptions {
  storageDir: string;
  maxAttachmentBytes: number;
  clock?: Clock;
}

export const JOB_REMIND_OVERDUE = 'tasks.remind';
export const JOB_EXTEND_HORIZON = 'tasks.extend-horizon';

@Module({})
export class TaskingModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly tasking: TaskingService,
  ) {}

  onModuleInit(): void {
    this.jobs.define(JOB_REMIND_OVERDUE, {
      handle: async () => void (await this.tasking.remindOverdue()),
      schedule: '0 7 * * *',
    });
    // Before the reminders: occurrences that came within the horizon overnight exist by 07:00.
    this.jobs.define(JOB_EXTEND_HORIZON, {
      handle: async () => void (await this.tasking.extendHorizon()),
      schedule: '30 0 * * *',
    });
  }

  static forRoot(options: TaskingOptions): DynamicModule {
    return {
      module: TaskingModule,
      imports: [
        TypeOrmModule.forFeature([Task, TaskResponse, TaskEvent]),
        MulterModule.register({
          storage: memoryStorage(),
          limits: { fileSize: options.maxAttachmentBytes, files: 10, fields: 10 },
        }),
      ],
      controllers: [TaskingController],
      providers: [
        { provide: TASKING_CLOCK, useValue: options.clock ?? vietnamToday },
        { provide: FileStorage, useValue: new LocalFileStorage(options.storageDir) },
        TaskingService,
      ],
      exports: [TaskingService],
    };
  }
}
