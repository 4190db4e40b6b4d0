// Bumped whenever extraction output can change, so stored claims say which rules made them.
export const EXTRACTOR_NAME = 'rules';
export const EXTRACTOR_VERSION = '0.12.0';
