import deletedDocumentSchema from './deleted-document/schema.json';
import editingSessionSchema from './editing-session/schema.json';
import versionSchema from './version/schema.json';

export default {
  version: { schema: versionSchema },
  'deleted-document': { schema: deletedDocumentSchema },
  'editing-session': { schema: editingSessionSchema },
};
