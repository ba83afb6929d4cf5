/** Element ids shared by the rendered page and web/interstitial (the script looks them up). */
export const PAGE_IDS = {
  config: 'rc',
  dialog: 'rc-dialog',
  accept: 'rc-accept',
  decline: 'rc-decline',
  skip: 'rc-skip',
} as const;
