export * from './errors';
export * from './enums';
export * from './limits';
export * from './accounts';
export * from './quarter';
