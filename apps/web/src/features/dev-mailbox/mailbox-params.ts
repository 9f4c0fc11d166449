/** The page keeps its filter and the open message in the URL, so both survive a reload and can be shared. */
export const ADDRESS_PARAM = 'to';
export const MESSAGE_PARAM = 'message';
