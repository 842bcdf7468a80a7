export { compileClassifier } from './classifier.js';
export { addressFormFor, draftReply } from './draft.js';
export { routeFor } from './route.js';
export type {
  Classifier,
  ClassifyOptions,
  ClassifyResult,
  Reply,
  Route,
  SentimentLabel,
  Signal,
} from './types.js';
