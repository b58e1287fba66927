// `lawrep schema`: the JSON Schema of one output line, generated from the zod model.
import { z } from 'zod';
import { Output } from '../model/schema.js';

export function outputJsonSchema(): object {
  return z.toJSONSchema(Output, { target: 'draft-2020-12' });
}
