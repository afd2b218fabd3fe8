/** Mini-program: the join page's path as is (a member opens it inside WeChat; there is no web address). H5: invite-link.h5.ts. */
export const inviteLink = (joinPath: string): string => joinPath;
