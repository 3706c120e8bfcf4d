/** 受理渠道: how the application reached the union (ApplicationCreate.channel). */
export const CHANNELS = ['walk_in', 'phone', 'letter', 'online', 'hotline_12351', 'referral'] as const;
export type Channel = (typeof CHANNELS)[number];
