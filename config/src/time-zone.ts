/** The zone works in Brussels: every date and time is set, shown and reckoned in its time zone. */
export const ZONE_TIME_ZONE = 'Europe/Brussels';
