import { PERMISSIONS } from '../bootstrap';

const guard = (action: string) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [action] } },
];

export default {
  admin: {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/jobs',
        handler: 'jobs.list',
        config: { policies: guard(PERMISSIONS.read) },
      },
      {
        method: 'POST',
        path: '/jobs',
        handler: 'jobs.schedule',
        config: { policies: guard(PERMISSIONS.manage) },
      },
      {
        method: 'DELETE',
        path: '/jobs/:id',
        handler: 'jobs.cancel',
        config: { policies: guard(PERMISSIONS.manage) },
      },
    ],
  },
};
