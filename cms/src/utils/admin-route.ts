/** An admin API route for signed-in admin users who hold the given permission. */
export function adminRoute(method: string, path: string, handler: string, permission: string) {
  return {
    method,
    path,
    handler,
    config: {
      policies: [
        'admin::isAuthenticatedAdmin',
        { name: 'admin::hasPermissions', config: { actions: [permission] } },
      ],
    },
  };
}
