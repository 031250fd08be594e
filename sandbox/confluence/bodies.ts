import { checkAdf } from '../openapi/adf';
import { ConversionError } from './adfExtensionStorage';
import { adfToStorage } from './adfToStorage';
import { storageToAdf } from './storageToAdf';
import { parseStorage, StorageParseError } from './storageXml';

/**
 * Page bodies: stored in the representation they were written in, converted on read when the other
 * one is asked for (as Confluence does). Written ADF must be valid against @atlaskit/adf-schema and
 * written storage must be well-formed XHTML, or the write is a 400.
 */
export type Representation = 'storage' | 'atlas_doc_format';
export const representations: readonly Representation[] = ['storage', 'atlas_doc_format'];

export interface StoredBody {
  representation: Representation;
  value: string;
}

export class BodyError extends Error {}

/** The body to store for a written one (ADF normalised to compact JSON); throws BodyError when it is invalid. */
export function acceptBody(representation: Representation, value: string): StoredBody {
  if (representation === 'storage') {
    try {
      parseStorage(value);
    } catch (error) {
      if (error instanceof StorageParseError) throw new BodyError(`Error parsing xhtml: ${error.message}`);
      throw error;
    }
    return { representation, value };
  }
  if (value === '') return { representation, value };
  let doc: unknown;
  try {
    doc = JSON.parse(value);
  } catch {
    throw new BodyError('atlas_doc_format: the value is not JSON (an ADF document serialised as a string)');
  }
  const problems = checkAdf(doc);
  if (problems.length > 0) throw new BodyError(`atlas_doc_format: invalid ADF document: ${problems.join('; ')}`);
  return { representation, value: JSON.stringify(doc) };
}

/** The stored body in `wanted` form; throws BodyError when it cannot be converted without loss. */
export function bodyAs(stored: StoredBody, wanted: Representation): string {
  if (stored.representation === wanted) return stored.value;
  try {
    if (wanted === 'storage') return stored.value === '' ? '' : adfToStorage(JSON.parse(stored.value));
    const doc = storageToAdf(stored.value);
    const problems = checkAdf(doc);
    if (problems.length > 0)
      throw new ConversionError(`the converted document is not valid ADF: ${problems.join('; ')}`);
    return JSON.stringify(doc);
  } catch (error) {
    if (error instanceof ConversionError || error instanceof StorageParseError) {
      throw new BodyError(`Cannot convert the ${stored.representation} body to ${wanted}: ${error.message}`);
    }
    throw error;
  }
}
