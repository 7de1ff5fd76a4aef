/**
 * A learner's avatar: a simple white picture on a coloured disc, so that someone who reads
 * slowly finds their own tile by shape and colour before reading the name. Drawn in SVG with
 * classes only (the CSP forbids inline styles); decorative, since the name is always beside it.
 */
import type { AvatarColor, AvatarIcon } from '../stores/profiles';

/** One path per picture (strings compress far better than element trees on every page). */
const PICTURES: Record<AvatarIcon, string> = {
  hoa: 'M16 5.5a4 4 0 014 4 4 4 0 012.2 8.5 4 4 0 01-2.4 7.3 4 4 0 01-3.8-1.2 4 4 0 01-3.8 1.2 4 4 0 01-2.4-7.3A4 4 0 0112 9.5a4 4 0 014-4zm0 7.5a3 3 0 100 6 3 3 0 000-6z',
  sao: 'M16 5.5l3.2 6.6 7.2 1-5.2 5.1 1.2 7.2L16 22l-6.4 3.4 1.2-7.2-5.2-5.1 7.2-1z',
  la: 'M8 24c0-9 6-15 17-16 0 11-7 17-16 16l-2 2-1-1 2-2zm2-1l10-10-1-1-10 10z',
  ca: 'M5 16c3-5 8-7 13-6 3 .5 5 2.5 6 4l3-3v10l-3-3c-1 1.5-3 3.5-6 4-5 1-10-1-13-6zm7-2a1.5 1.5 0 100 3 1.5 1.5 0 000-3z',
  chim: 'M6 20c4 0 6-2 8-5 1-4 4-6 7-6 2 0 3 1 4 2l3 .5-3 1.5c0 6-5 10-11 10-4 0-7-1-8-3zm15-9a1 1 0 100 2 1 1 0 000-2z',
  meo: 'M8 7l5 5h6l5-5v11c0 5-4 8-8 8s-8-3-8-8zm5 9a1.3 1.3 0 100 2.6 1.3 1.3 0 000-2.6zm6 0a1.3 1.3 0 100 2.6 1.3 1.3 0 000-2.6zm-3 4l-1.5 1.5h3z',
  'mat-troi':
    'M16 10.5a5.5 5.5 0 110 11 5.5 5.5 0 010-11zM15 4h2v4h-2zm0 20h2v4h-2zM4 15h4v2H4zm20 0h4v2h-4zM7 8.4L8.4 7l2.8 2.8-1.4 1.4zm13.8 13.8l1.4-1.4L25 23.6 23.6 25zM7 23.6l2.8-2.8 1.4 1.4L8.4 25zM20.8 9.8L23.6 7 25 8.4l-2.8 2.8z',
  nha: 'M16 6l11 9h-3v11h-6v-7h-4v7H8V15H5z',
};

interface Props {
  icon: AvatarIcon;
  color: AvatarColor;
  /** "large" on the picker's tiles. */
  size?: 'small' | 'large';
}

export default function ProfileAvatar({ icon, color, size = 'small' }: Props) {
  return (
    <svg class={`avatar avatar--${size} avatar--${color}`} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle class="avatar__disc" cx="16" cy="16" r="16" />
      <path class="avatar__picture" fill-rule="evenodd" d={PICTURES[icon] ?? PICTURES.sao} />
    </svg>
  );
}
