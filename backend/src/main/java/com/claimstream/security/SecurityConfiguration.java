package com.claimstream.security;

import java.time.Clock;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.web.server.WebFilter;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemDetails;
import com.claimstream.common.ProblemWriter;

/**
 * Who may call what: sessions from our cookie, CSRF token plus an own-origin check on
 * every state change, problem bodies for 401 and 403, and the security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	/** State changes anyone may make, signed in or not. */
	static final String[] PUBLIC_POSTS = { "/api/practice-signups", "/api/practice-signups/complete", "/api/sessions",
			"/api/invitations/**", "/api/password-resets", "/api/password-resets/complete",
			"/api/team-invitations/**" };

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, SessionSecurityContextRepository contexts,
			OriginPolicy origins, ProblemWriter problems, Clock clock) {
		ServerCsrfTokenRequestAttributeHandler plainToken = new ServerCsrfTokenRequestAttributeHandler();
		return http.securityContextRepository(contexts)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.csrf((csrf) -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(plainToken)
				.accessDeniedHandler((exchange, ex) -> problems.write(exchange,
						ProblemDetails.of(Problem.CSRF_REJECTED, "Reload the page and try again"))))
			.authorizeExchange((exchange) -> exchange.pathMatchers(HttpMethod.POST, PUBLIC_POSTS)
				.permitAll()
				.pathMatchers(HttpMethod.GET, "/api/session")
				.permitAll()
				.pathMatchers("/api/portal/**")
				.hasRole(Role.CLIENT.name())
				.pathMatchers("/api/practice/team/**", "/api/practice/banking/**")
				.hasRole(Role.PRACTICE_ADMIN.name())
				// completing a manual benefit verification is an administrator's (PRODUCT
				// §7)
				.pathMatchers("/api/clients/*/benefit-checks/*/verification",
						"/api/clients/*/benefit-checks/*/unverifiable")
				.hasRole(Role.PRACTICE_ADMIN.name())
				// a claim's X12 files are downloaded by administrators (PRODUCT §12)
				.pathMatchers(HttpMethod.GET, "/api/clients/*/claims/*/files/*")
				.hasRole(Role.PRACTICE_ADMIN.name())
				.pathMatchers("/api/clients/**", "/api/practice/**", "/api/coding/**")
				.hasAnyRole(Role.PRACTICE_ADMIN.name(), Role.CLINICIAN.name(), Role.STAFF.name())
				.pathMatchers("/api/stream", "/api/sessions/**", "/api/account/**", "/api/payers")
				.authenticated()
				.anyExchange()
				.permitAll())
			.exceptionHandling((handling) -> handling
				.authenticationEntryPoint((exchange, ex) -> problems.write(exchange,
						ProblemDetails.of(Problem.UNAUTHENTICATED, "Your session has ended; sign in again")))
				.accessDeniedHandler((exchange, ex) -> problems.write(exchange,
						ProblemDetails.of(Problem.FORBIDDEN, "Your role does not allow this"))))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CSP))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.addFilterAt(new OwnOriginFilter(origins, problems), SecurityWebFiltersOrder.CSRF)
			.addFilterAfter(new SecondFactorFilter(contexts, problems, clock), SecurityWebFiltersOrder.AUTHORIZATION)
			.build();
	}

	/**
	 * Subscribes to the CSRF token on every request, so the SPA always has its cookie.
	 */
	@Bean
	WebFilter csrfCookieFilter() {
		return (exchange, chain) -> {
			Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
			return (token != null) ? token.then(chain.filter(exchange)) : chain.filter(exchange);
		};
	}

}
