package com.claimstream.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a live server-side session; its principal is the
 * {@link CurrentPrincipal}.
 */
final class SessionAuthentication extends AbstractAuthenticationToken {

	private final CurrentPrincipal principal;

	SessionAuthentication(CurrentPrincipal principal) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + principal.role().name())));
		this.principal = principal;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public CurrentPrincipal getPrincipal() {
		return this.principal;
	}

	@Override
	public String getName() {
		return this.principal.accountId().toString();
	}

}
