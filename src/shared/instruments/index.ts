export {
  instrumentDefinitionSchema,
  instrumentIdSchema,
  nonScoredOptionSchema,
  parseInstrumentDefinition,
} from './instrument-definition.schema';
export { instrumentResponseSchema, parseInstrumentResponse } from './instrument-response.schema';
export { issuesFromZod } from './issues-from-zod';
export { parseWordingFile, wordingFileSchema } from './wording-file.schema';
