import { type DynamicModule, Global, Module } from '@nestjs/common';
import { FileStorage, LocalFileStorage } from './file-storage.js';

export interface StorageOptions {
  /**
   * The folder of the file store. Every process of an installation — API and workers, on one
   * host or several — must see the same folder (a shared mount such as NFS on several hosts):
   * files are content-addressed, written under a temporary name and renamed, so processes that
   * store the same file at once agree.
   */
  dir: string;
}

/**
 * The one file store of the application (original uploads, page images, attachments, replies),
 * provided once, globally, as `FileStorage`: documents, tasking and replies inject it and share
 * it. The interface (put / putFile / get / has) is narrow enough for an object-store driver.
 */
@Global()
@Module({})
export class StorageModule {
  static forRoot(options: StorageOptions): DynamicModule {
    return {
      module: StorageModule,
      providers: [{ provide: FileStorage, useValue: new LocalFileStorage(options.dir) }],
      exports: [FileStorage],
    };
  }
}
