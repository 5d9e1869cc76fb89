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
        path: '/status',
        handler: 'build.status',
        config: { policies: guard(PERMISSIONS.read) },
      },
      {
        method: 'POST',
        path: '/rebuild',
        handler: 'build.rebuild',
        config: { policies: guard(PERMISSIONS.rebuild) },
      },
    ],
  },
};
