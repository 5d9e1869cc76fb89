import jobSchema from './job/schema.json';

export default {
  job: { schema: jobSchema },
};
