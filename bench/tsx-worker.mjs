/**
 * A worker thread that runs a TypeScript module: registers tsx's loader in this thread (workers do not
 * inherit it), then imports `workerData.module`. Used by bench/indicators.ts.
 */
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
