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
        path: '/report',
        handler: 'status.report',
        config: { policies: guard('plugin::translation-status.read') },
      },
      {
        method: 'POST',
        path: '/align',
        handler: 'status.align',
        config: { policies: guard('plugin::translation-status.align') },
      },
    ],
  },
};
