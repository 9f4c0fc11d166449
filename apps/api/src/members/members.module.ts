import { Module } from '@nestjs/common';
import { RolesModule } from '../roles/roles.module';
import { MembersController } from './members.controller';
import { MembersRepository } from './members.repository';
import { MembersService } from './members.service';

@Module({ imports: [RolesModule], controllers: [MembersController], providers: [MembersRepository, MembersService] })
export class MembersModule {}
