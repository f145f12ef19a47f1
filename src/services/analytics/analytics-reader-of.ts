import type { ServiceDeps } from '../ports';
import type { AnalyticsReader } from './ports';

/** The analytics reader, which every figures use case needs; a wiring mistake, not a user error, when missing. */
export function analyticsReaderOf(deps: ServiceDeps): AnalyticsReader {
  if (!deps.analytics) throw new Error('The analytics reader is not wired into the services.');
  return deps.analytics;
}
