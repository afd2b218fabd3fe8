import { SetMetadata } from '@nestjs/common';

// Who may call a route, as metadata on it: written by the auth module's decorators (@Public, @Access), read by its
// guard and by the API document. Kept here, below the modules, so that common/ and storage/ need no module to read it.

export const PUBLIC_KEY = 'auth:public';
export const ROLES_KEY = 'auth:roles';

/** The route needs no login. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may call the route (the auth module's `Roles` types them). */
export const RouteRoles = (roles: readonly string[]) => SetMetadata(ROLES_KEY, roles);
