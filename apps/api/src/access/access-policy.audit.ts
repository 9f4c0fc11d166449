import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_POLICY, type AccessPolicy } from './access-policy.decorator';

/** Refuses to start when a route does not declare who may call it: forgetting is not an option. */
@Injectable()
export class AccessPolicyAudit implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const undeclared = this.undeclaredRoutes();
    if (undeclared.length > 0) {
      throw new Error(
        `routes without an access policy (@Public, @Authenticated, @AnyMember or @RequirePermission): ${undeclared.join(', ')}`,
      );
    }
  }

  undeclaredRoutes(): string[] {
    return this.discovery.getControllers().flatMap(({ instance, metatype }) => {
      if (!instance || !metatype) return [];
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      return this.scanner
        .getAllMethodNames(prototype)
        .filter((name) => {
          const handler = prototype[name] as object;
          const isRoute = this.reflector.get<string | undefined>(PATH_METADATA, handler as never) !== undefined;
          const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
            handler as never,
            metatype,
          ]);
          return isRoute && !policy;
        })
        .map((name) => `${metatype.name}.${name}`);
    });
  }
}
