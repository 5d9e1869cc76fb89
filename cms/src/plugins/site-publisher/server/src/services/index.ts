import publisher from './publisher';

export default { publisher };
