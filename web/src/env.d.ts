// Vite bundles imported CSS; TypeScript needs to know such imports exist.
declare module '*.css';
