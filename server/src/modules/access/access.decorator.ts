import { RouteRoles } from '../../common/route-access.js';
import { type Permission, PERMISSIONS } from './permissions.js';

/**
 * The route's permission: the guard lets through only the roles that hold it (read from the one table in
 * permissions.ts); the service's `requireAccess` then checks the principal against the thing it acts on.
 */
export const Access = (permission: Permission) => RouteRoles(PERMISSIONS[permission].roles);
