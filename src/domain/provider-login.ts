/**
 * Whether two provider usernames name the same login. MMBC matches usernames ignoring case and the
 * spaces around them, so "  AGEN " is the login "agen": any check of "is this that login" must too.
 */
export function sameLogin(a: string, b: string): boolean {
  return loginKey(a) === loginKey(b);
}

/** A username as the provider tells logins apart (the key per-username limits count under). */
export function loginKey(username: string): string {
  return username.trim().toLowerCase();
}
