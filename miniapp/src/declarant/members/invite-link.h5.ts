/** H5: the join page's full web address on this site (hash router). */
export const inviteLink = (joinPath: string): string => `${window.location.origin}/#${joinPath}`;
