import { Controller, Get, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DiscoveryModule } from '@nestjs/core';
import { AccessPolicyAudit } from './access-policy.audit';
import { Authenticated, Public } from './access-policy.decorator';

@Controller('declared')
@Authenticated()
class DeclaredController {
  @Get()
  list() {
    return [];
  }

  @Get('open')
  @Public()
  open() {
    return [];
  }
}

@Controller('forgotten')
class ForgottenController {
  @Get()
  list() {
    return [];
  }
}

async function undeclaredIn(controllers: (new () => unknown)[]): Promise<string[]> {
  @Module({ imports: [DiscoveryModule], controllers, providers: [AccessPolicyAudit] })
  class AuditedModule {}
  const moduleRef = await Test.createTestingModule({ imports: [AuditedModule] }).compile();
  return moduleRef.get(AccessPolicyAudit).undeclaredRoutes();
}

describe('AccessPolicyAudit', () => {
  it('accepts routes declared on the class or the handler', async () => {
    await expect(undeclaredIn([DeclaredController])).resolves.toEqual([]);
  });

  it('names every route that declares no policy', async () => {
    await expect(undeclaredIn([DeclaredController, ForgottenController])).resolves.toEqual([
      'ForgottenController.list',
    ]);
  });
});
