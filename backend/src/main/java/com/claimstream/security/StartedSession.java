package com.claimstream.security;

/**
 * A new session: the token goes into the cookie and nowhere else.
 */
public record StartedSession(String token, CurrentPrincipal principal) {

}
