/** The one word for where a user stands, as a translation key. */
export function userStatus(u: {
  isDisabled: boolean;
  isLockedOut: boolean;
  hasPassword: boolean;
  invitedAt: string | null;
}): string {
  if (u.isDisabled) return 'Page:Users.Disabled';
  if (u.isLockedOut) return 'Page:Users.LockedOut';
  if (!u.hasPassword && u.invitedAt) return 'Page:Users.Invited';
  return 'Page:Users.Active';
}
