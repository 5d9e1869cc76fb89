import { adminRoute } from '../../../../../utils/admin-route';

export default {
  admin: {
    type: 'admin',
    routes: [
      adminRoute('GET', '/report', 'status.report', 'plugin::translation-status.read'),
      adminRoute('POST', '/align', 'status.align', 'plugin::translation-status.align'),
    ],
  },
};
