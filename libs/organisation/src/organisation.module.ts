import { type DynamicModule, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { memoryStorage } from 'multer';
import { OrganisationController } from './organisation.controller.js';
import { OrganisationService } from './organisation.service.js';
import { ORGANISATION_OPTIONS, type OrganisationOptions, SampleRegistrySeeder } from './sample-registry.seeder.js';
import { Unit } from './unit.entity.js';

@Module({})
export class OrganisationModule {
  static forRoot(options: OrganisationOptions): DynamicModule {
    return {
      module: OrganisationModule,
      imports: [
        TypeOrmModule.forFeature([Unit]),
        MulterModule.register({ storage: memoryStorage(), limits: { fileSize: 10 * 1024 * 1024, files: 1 } }),
      ],
      controllers: [OrganisationController],
      providers: [{ provide: ORGANISATION_OPTIONS, useValue: options }, OrganisationService, SampleRegistrySeeder],
      exports: [OrganisationService],
    };
  }
}
