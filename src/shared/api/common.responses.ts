// What any endpoint may return. Instants are ISO 8601 strings; calendar dates are YYYY-MM-DD in every
// <resource>.responses.ts.

export interface ApiError {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

export interface HealthResponse {
  status: 'ok';
  database: 'pglite' | 'postgres';
  version: string;
}

export interface ReadinessResponse {
  status: 'ready' | 'database_unavailable';
  database: 'pglite' | 'postgres';
}
