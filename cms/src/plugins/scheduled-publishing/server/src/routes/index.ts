import { adminRoute } from '../../../../../utils/admin-route';
import { PERMISSIONS } from '../bootstrap';

export default {
  admin: {
    type: 'admin',
    routes: [
      adminRoute('GET', '/jobs', 'jobs.list', PERMISSIONS.read),
      adminRoute('POST', '/jobs', 'jobs.schedule', PERMISSIONS.manage),
      adminRoute('DELETE', '/jobs/:id', 'jobs.cancel', PERMISSIONS.manage),
    ],
  },
};
