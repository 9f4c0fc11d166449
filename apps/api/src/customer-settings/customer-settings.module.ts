import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { TenantsModule } from '../tenants/tenants.module';
import { CustomerSettingsController } from './customer-settings.controller';
import { CustomerSettingsService } from './customer-settings.service';

/** A customer's own settings, changed by its admins. */
@Module({
  imports: [TenantsModule, AuditModule],
  controllers: [CustomerSettingsController],
  providers: [CustomerSettingsService],
})
export class CustomerSettingsModule {}
