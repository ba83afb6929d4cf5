/** Where the v1 API is mounted: `Location` headers are paths under it. */
export const API_BASE = '/api/v1';
