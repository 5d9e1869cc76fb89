import alignmentSchema from './alignment/schema.json';

export default {
  alignment: { schema: alignmentSchema },
};
