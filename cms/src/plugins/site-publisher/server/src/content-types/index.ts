import buildSchema from './site-build/schema.json';

export default {
  build: { schema: buildSchema },
};
