/**
 * How wide images are drawn, for the browser to pick a width from srcset before the layout is
 * known: the content column (42rem, `--measure` in global.css) once the screen is wider than it
 * plus the 1rem margins, else the screen less those margins.
 */
export const CONTENT_IMAGE_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';

/** A team member's photo: a card of the team grid, at most about 15rem wide. */
export const TEAM_PHOTO_SIZES = '(min-width: 44rem) 15rem, calc(100vw - 4rem)';
