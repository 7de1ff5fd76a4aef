/**
 * Writes the search index as a static file, /tim-kiem/chi-muc-<hash>.json (one file per build,
 * named by its content). An endpoint rather than a build hook: the pages that link it and the
 * file come from the same memoised build of the index, so the name can never disagree.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSearchIndex } from '../../lib/search/site-index';

export const getStaticPaths = (async () => {
  const { name } = await loadSearchIndex();
  return [{ params: { index: name } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { json } = await loadSearchIndex();
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
