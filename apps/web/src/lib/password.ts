/** The server's password rule (NewPassword in @bangfu/shared/auth): 8–128 characters with a letter and a digit. */
export const PASSWORD_PATTERN = /^(?=.*[A-Za-z])(?=.*[0-9]).{8,128}$/;
