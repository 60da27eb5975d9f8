import { Body, Controller, Get, Header, HttpCode, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { IsIn, IsOptional } from 'class-validator';
import { Multipart, Roles, TokenScope } from '@congvan/auth';
import { noFileUploaded } from '@congvan/common';
import { OrganisationService } from './organisation.service.js';
import { parseRegistryCsv, parseRegistryJson, toRegistryCsv, toRegistryJson } from './registry-file.js';

class ExportQueryDto {
  @IsOptional()
  @IsIn(['json', 'csv'])
  format: 'json' | 'csv' = 'json';
}

@Controller('units')
@TokenScope('units')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @Roles('clerk', 'unit_admin', 'leader', 'system_admin')
  list() {
    return this.organisation.listUnits();
  }

  @Get('export')
  @Roles('clerk', 'system_admin')
  @Header('Content-Disposition', 'attachment; filename="danh-muc-don-vi"')
  async export(@Query() query: ExportQueryDto): Promise<string> {
    const units = await this.organisation.exportRegistry();
    return query.format === 'csv' ? toRegistryCsv(units) : toRegistryJson({ units });
  }

  /**
   * Imports a registry file (JSON or CSV, by content): units matched by code are updated, others
   * created; `replaces` / successor columns link old units to the new ones, `ended` (JSON) closes
   * old units that have no successor.
   */
  @Post('import')
  @HttpCode(200)
  @Roles('system_admin')
  @Multipart()
  @UseInterceptors(FileInterceptor('file'))
  import(@UploadedFile() file: Express.Multer.File | undefined, @Body() _body: unknown) {
    if (!file) throw noFileUploaded();
    const text = file.buffer.toString('utf8');
    const registry = text.trimStart().startsWith('{') ? parseRegistryJson(text) : { units: parseRegistryCsv(text) };
    return this.organisation.importRegistry(registry.units, registry.ended);
  }
}
