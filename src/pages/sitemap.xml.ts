/** sitemap.xml of every public page, built from the course so it never goes stale. */
import type { APIRoute } from 'astro';
import { loadCourse } from '../lib/course';
import { examUrl, lessonUrl, moduleUrl, url } from '../lib/paths';

export const GET: APIRoute = async ({ site }) => {
  const course = await loadCourse();
  const paths = [
    url('/'),
    url('/gioi-thieu/'),
    url('/tu-dien/'),
    url('/tim-kiem/'),
    url('/kiem-tra/'),
    ...course.modules.map((m) => moduleUrl(m.entry.id)),
    ...course.lessons.map((l) => lessonUrl(l.id)),
    ...course.exams.map((e) => examUrl(e.id)),
  ];
  const lastmod = new Map(course.lessons.map((l) => [lessonUrl(l.id), l.data.reviewed.toISOString().slice(0, 10)]));
  const body = paths
    .map((p) => {
      const mod = lastmod.get(p);
      return `<url><loc>${new URL(p, site)}</loc>${mod ? `<lastmod>${mod}</lastmod>` : ''}</url>`;
    })
    .join('');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</urlset>`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
