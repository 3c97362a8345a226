package com.claimstream.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a live server-side session; its principal is the
 * {@link CurrentPrincipal}.
 */
final class SessionAuthentication extends AbstractAuthenticationToken {

	private final LiveSession session;

	SessionAuthentication(LiveSession session) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + session.principal().role().name())));
		this.session = session;
		setAuthenticated(true);
	}

	LiveSession session() {
		return this.session;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public CurrentPrincipal getPrincipal() {
		return this.session.principal();
	}

	@Override
	public String getName() {
		return this.session.principal().accountId().toString();
	}

}
