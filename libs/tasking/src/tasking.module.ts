import { type DynamicModule, Module } from '@nestjs/common';
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

@Module({})
export class TaskingModule {
  static forRoot(options: TaskingOptions): DynamicModule {
    return {
      module: TaskingModule,
      imports: [TypeOrmModule.forFeature([Task, TaskResponse, TaskEvent]), MulterModule.register({ storage: memoryStorage(), limits: { fileSize: options.maxAttachmentBytes, files: 10, fields: 10 } })],
      controllers: [TaskingController],
      providers: [{ provide: TASKING_CLOCK, useValue: options.clock ?? vietnamToday }, { provide: FileStorage, useValue: new LocalFileStorage(options.storageDir) }, TaskingService],
      exports: [TaskingService],
    };
  }
}
