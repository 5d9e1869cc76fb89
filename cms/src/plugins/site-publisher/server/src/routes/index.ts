import { adminRoute } from '../../../../../utils/admin-route';
import { PERMISSIONS } from '../bootstrap';

export default {
  admin: {
    type: 'admin',
    routes: [
      adminRoute('GET', '/status', 'build.status', PERMISSIONS.read),
      adminRoute('POST', '/rebuild', 'build.rebuild', PERMISSIONS.rebuild),
    ],
  },
};
