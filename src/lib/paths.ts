/**
 * URL helpers. Every internal link goes through url() so the site can be served from a
 * sub-folder (import.meta.env.BASE_URL) and keeps one trailing-slash rule: pages end in "/".
 */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');

export function url(path: string): string {
  if (!path.startsWith('/')) throw new Error(`Đường dẫn phải bắt đầu bằng "/": ${path}`);
  return `${base}${path}`;
}

export const lessonUrl = (lessonId: string) => url(`/${lessonId}/`);
export const moduleUrl = (moduleId: string) => url(`/${moduleId}/`);
export const examUrl = (examId: string) => url(`/kiem-tra/${examId}/`);
