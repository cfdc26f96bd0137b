import { validate } from './document-validator.generated.js';

interface ValidationError { instancePath: string; message?: string }
const validateDocument = validate as ((data: unknown) => boolean) & { errors?: ValidationError[] | null };

/**
 * Where `document` breaks the output contract, as "tasks/3/span: must NOT have more than 2 items",
 * or null when it keeps it. Runs the validator compiled from the committed JSON Schema (see
 * scripts/document-validator.mjs): the same contract as the zod `Document`, checked by code about
 * ten times faster, so parse() can afford it for every document.
 * @example contractViolation({ schemaVersion: '1' }) // "(root): must have required property 'source'"
 */
export function contractViolation(document: unknown): string | null {
  if (validateDocument(document)) return null;
  const error = validateDocument.errors?.[0];
  return `${error?.instancePath.slice(1) || '(root)'}: ${error?.message ?? 'invalid'}`;
}
