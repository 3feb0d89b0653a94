/** Anchoring of the reader's own highlights: text model, describe, anchor. */
export * from './text';
export * from './describe';
export * from './anchor';
export { approxSearchIn, type ApproxMatch } from './search';
export { editDistance, similarity } from './distance';
