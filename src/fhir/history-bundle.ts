import type { Resource } from './r4-resources';

/** An entry of a history Bundle: a version of a resource, how it came to be and its version tag. */
export interface HistoryEntry {
  fullUrl: string;
  resource: Resource;
  request: { method: 'POST' | 'PUT'; url: string };
  response: { status: string; etag: string; lastModified?: string };
}

/** A Bundle of type `history` (https://hl7.org/fhir/R4/http.html#history): versions newest first. */
export interface HistoryBundle {
  resourceType: 'Bundle';
  type: 'history';
  total: number;
  link: { relation: string; url: string }[];
  entry: HistoryEntry[];
}

/**
 * One version of a resource as a history entry: the first version was created, every later one
 * replaced the one before it.
 */
export function historyEntry(
  base: string,
  resource: Resource & { id: string; meta?: { versionId?: string; lastUpdated?: string } },
  isFirst: boolean,
): HistoryEntry {
  const path = `${resource.resourceType}/${resource.id}`;
  return {
    fullUrl: `${base}/${path}`,
    resource,
    request: { method: isFirst ? 'POST' : 'PUT', url: isFirst ? resource.resourceType : path },
    response: {
      status: isFirst ? '201' : '200',
      etag: `W/"${resource.meta?.versionId ?? ''}"`,
      ...(resource.meta?.lastUpdated ? { lastModified: resource.meta.lastUpdated } : {}),
    },
  };
}
