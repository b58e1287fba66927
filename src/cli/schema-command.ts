// `lawrep schema`: the JSON Schema of one output line, generated from the zod model.
// Imported only by this command: the generator is most of the zod code in the bundle.
import { toJSONSchema } from 'zod/mini';
import { Output } from '../model/schema.js';

export function outputJsonSchema(): object {
  return toJSONSchema(Output, { target: 'draft-2020-12' });
}
