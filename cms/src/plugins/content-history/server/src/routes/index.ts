import { PERMISSIONS } from '../bootstrap';

const guard = (action: string) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [action] } },
];

const route = (method: string, path: string, handler: string, permission: string) => ({
  method,
  path,
  handler,
  config: { policies: guard(permission) },
});

export default {
  admin: {
    type: 'admin',
    routes: [
      route('GET', '/versions', 'history.versions', PERMISSIONS.read),
      route('GET', '/versions/:id', 'history.version', PERMISSIONS.read),
      route('POST', '/versions/:id/restore', 'history.restoreVersion', PERMISSIONS.restore),
      route('GET', '/deleted', 'history.deleted', PERMISSIONS.read),
      route(
        'POST',
        '/deleted/:documentId/restore',
        'history.restoreDeleted',
        PERMISSIONS.restoreDeleted
      ),
      route('POST', '/editing', 'editing.touch', PERMISSIONS.read),
      route('POST', '/editing/acknowledge', 'editing.acknowledge', PERMISSIONS.read),
    ],
  },
};
