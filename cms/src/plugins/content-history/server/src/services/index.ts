import editing from './editing';
import history from './history';

export default { history, editing };
