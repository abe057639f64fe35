export { Link, matchPath, navigate, Redirect, useLocation } from './router.tsx';
