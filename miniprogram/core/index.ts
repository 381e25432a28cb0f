/** The decision module: one entry point for every page. Pure TypeScript, no `wx`. */
export * from './types';
export { CHANNELS, CHANNEL_BY_ID } from './data/channels';
export { PROBLEMS, problemById } from './data/problems';
export { SOURCES, CHECKED_ON } from './data/sources';
export { peakAt } from './data/peaks';
export { QUESTIONS, nextQuestion, questionPath, canonicalAnswers, withAnswer, progress, allCompleteAnswers, isValidAnswer, optionIds } from './flow';
export { recommend, decide, rankChannels } from './decide';
export type { Recommendation, MaterialItem, Reason, Warning } from './decide';
export { PLANS } from './data/plans';
export { SAFETY_WARNING, reasonText, warningText } from './view/reasons';
export { channelStatus, hoursStatus, statusLine, hoursText, BEIJING_OFFSET_MINUTES } from './hours';
export type { ChannelStatus } from './hours';
export { buildLink, buildPath, buildScene, buildQrUrl, homeWithNotice, parseLink, parsePath, sameRoute, LINK_REASON_TEXT, MAX_SCENE_LENGTH } from './links';
export type { Route, ParsedLink, LinkReason, PageName } from './links';
export { checkIntegrity } from './integrity';
export { numberHours, hoursAreChannels, numberCaveats } from './facts';
export { numberHoursNote } from './view/facts';
