import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationService } from './organisation.service.js';
import { Unit } from './unit.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Unit])],
  providers: [OrganisationService],
  exports: [OrganisationService],
})
export class OrganisationModule {}
