// `npm start`: the newcomer's one command. Installs the workspace, builds the packages the docs site
// needs, and serves the site with every widget at http://localhost:5173/.
import { ensureInstalled, runPnpm } from './pnpm.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
ensureInstalled();
process.exit(runPnpm(['run', 'dev']));
