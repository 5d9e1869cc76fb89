import buildSchema from './build/schema.json';

export default {
  build: { schema: buildSchema },
};
