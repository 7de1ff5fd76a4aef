/**
 * The picture of a "spot the problem" question with its regions drawn over it. The same
 * drawing serves tapping (exam and practice), the review after answering and the paper test
 * (with letters), so a region is always where the learner saw it.
 */
import type { SpotArea, SpotImage } from '../quiz/types';
import { url } from '../lib/paths';

export type RegionLook = 'plain' | 'selected' | 'right' | 'wrong';

interface Props {
  image: SpotImage;
  regions: readonly SpotArea[];
  look: (id: string) => RegionLook;
  /** Taps on a region; pointer only: the list of choices beside it is the keyboard way. */
  onTap?: (id: string) => void;
  /** Letters drawn on the regions (paper test), by region id. */
  letters?: Readonly<Record<string, string>>;
}

export function SpotPicture({ image, regions, look, onTap, letters }: Props) {
  const { width, height } = image;
  // Letters sit on the region's top-left corner, big enough to read on paper.
  const radius = Math.max(11, Math.min(width, height) * 0.045);
  const at = (v: number) => Math.max(radius, v);
  return (
    <svg class="spot-picture" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={image.alt}>
      <image href={url(`/images/quiz/${image.src}`)} x="0" y="0" width={width} height={height} />
      {regions.map((r) => (
        <g key={r.id}>
          <rect
            class={`spot-region spot-region--${look(r.id)}${onTap ? ' spot-region--tappable' : ''}`}
            x={r.x}
            y={r.y}
            width={r.w}
            height={r.h}
            rx="4"
            onClick={onTap ? () => onTap(r.id) : undefined}
          />
          {letters?.[r.id] !== undefined && (
            <g class="spot-letter">
              <circle cx={at(r.x)} cy={at(r.y)} r={radius} />
              <text x={at(r.x)} y={at(r.y)} font-size={radius * 1.3} text-anchor="middle" dominant-baseline="central">
                {letters[r.id]}
              </text>
            </g>
          )}
        </g>
      ))}
    </svg>
  );
}
