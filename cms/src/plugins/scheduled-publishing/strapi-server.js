// Strapi loads a plugin's server from JavaScript; ours is TypeScript that the app's build
// compiles into cms/dist with everything else.
module.exports = require('../../../dist/src/plugins/scheduled-publishing/server/src').default;
