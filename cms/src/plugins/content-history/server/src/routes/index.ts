import { adminRoute } from '../../../../../utils/admin-route';
import { PERMISSIONS } from '../bootstrap';

export default {
  admin: {
    type: 'admin',
    routes: [
      adminRoute('GET', '/versions', 'history.versions', PERMISSIONS.read),
      adminRoute('GET', '/versions/:id', 'history.version', PERMISSIONS.read),
      adminRoute('POST', '/versions/:id/restore', 'history.restoreVersion', PERMISSIONS.restore),
      adminRoute('GET', '/recent', 'history.recent', PERMISSIONS.read),
      adminRoute('GET', '/deleted', 'history.deleted', PERMISSIONS.read),
      adminRoute(
        'POST',
        '/deleted/:documentId/restore',
        'history.restoreDeleted',
        PERMISSIONS.restoreDeleted
      ),
      adminRoute('POST', '/editing', 'editing.touch', PERMISSIONS.read),
      adminRoute('POST', '/editing/acknowledge', 'editing.acknowledge', PERMISSIONS.read),
    ],
  },
};
