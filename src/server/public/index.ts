export { publicStatementRoutes } from './public-statement-routes.ts';
