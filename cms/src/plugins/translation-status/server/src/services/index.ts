import tracker from './tracker';

export default { tracker };
