// A background thread for the forecast's reference choice and backtest: workers do not inherit the main
// thread's TypeScript loader, so register tsx here, then load the worker's code.
import { register } from 'tsx/esm/api';

register();
await import('./forecast-background-worker.ts');
