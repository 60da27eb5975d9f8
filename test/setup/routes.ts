import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { ALLOWED_ROLES, IS_PUBLIC, type Role } from '@congvan/auth';
import type { TestApp } from './test-app.js';

export interface Route {
  method: string;
  path: string;
  isPublic: boolean;
  roles: Role[];
}

/** Every route of the running application with what it declares, read from Nest's own metadata. */
export function listRoutes(app: TestApp): Route[] {
  const discovery = new DiscoveryService(app.running.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = app.running.app.get(Reflector);
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    if (!wrapper.metatype) continue;
    const instance = wrapper.instance as object;
    const prefix = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = (instance as Record<string, unknown>)[name] as () => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const targets = [handler, wrapper.metatype as () => unknown];
      routes.push({
        method,
        path: `/${[prefix, String(path)].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/'),
        isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false,
        roles: reflector.getAllAndOverride<Role[]>(ALLOWED_ROLES, targets) ?? [],
      });
    }
  }
  return routes;
}
