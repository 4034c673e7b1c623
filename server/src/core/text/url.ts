/** A URL reduced to host + path for comparison (scheme, www, query, fragment and trailing slash dropped). */
export function urlKey(url: string): string {
  return url.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[#?].*$/, '').replace(/\/+$/, '');
}
