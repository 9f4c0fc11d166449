import { Module } from '@nestjs/common';
import { MeController } from './me.controller';
import { MeService } from './me.service';
import { UsersDataModule } from '../users/users-data.module';
import { TenantsModule } from '../tenants/tenants.module';

@Module({ imports: [UsersDataModule, TenantsModule], controllers: [MeController], providers: [MeService] })
export class MeModule {}
