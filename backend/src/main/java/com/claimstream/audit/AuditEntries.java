package com.claimstream.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;

import com.claimstream.security.ClientAddress;
import com.claimstream.security.CurrentPrincipal;

/**
 * Builds a request's audit row from its route class: the actor (the principal, or the
 * account a sign-in just opened a session for), the subject client ids (ids only), the
 * names of the filters a list was asked with (never their values, which may be a client's
 * name), and where the request came from.
 */
@Component
class AuditEntries {

	static final String CLIENT_ID_FILTER = "clientId";

	private static final int MAX_USER_AGENT = 400;

	private final JsonMapper json;

	AuditEntries(JsonMapper json) {
		this.json = json;
	}

	AuditEntry of(RouteClass route, String pattern, ServerWebExchange exchange, Optional<CurrentPrincipal> principal,
			int status, String body) {
		AuditEntry.Actor actor = principal
			.map((who) -> new AuditEntry.Actor(who.accountId(), who.role().name(), who.practiceId()))
			.orElseGet(() -> sessionActor(body));
		RouteClass.Subject subject = route.subject();
		return new AuditEntry(route.event(), route.action(), route.resource(), actor, subjects(subject, exchange, body),
				filters(subject, exchange), status, origin(pattern, exchange));
	}

	private List<UUID> subjects(RouteClass.Subject subject, ServerWebExchange exchange, String body) {
		List<UUID> ids = new ArrayList<>();
		switch (subject.source()) {
			case PATH -> {
				Map<String, String> variables = exchange
					.getAttributeOrDefault(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.<String, String>of());
				subject.names().forEach((name) -> addId(ids, variables.get(name)));
			}
			case BODY -> {
				JsonNode answer = read(body);
				subject.names().forEach((name) -> addId(ids, answer.path(name).asString(null)));
			}
			case QUERY -> addId(ids, subject.names().contains(CLIENT_ID_FILTER)
					? exchange.getRequest().getQueryParams().getFirst(CLIENT_ID_FILTER) : null);
			case SELF -> {
			}
		}
		return List.copyOf(ids);
	}

	private static @Nullable String filters(RouteClass.Subject subject, ServerWebExchange exchange) {
		if (subject.source() != RouteClass.Subject.Source.QUERY) {
			return null;
		}
		return String.join(",",
				subject.names()
					.stream()
					.filter((name) -> exchange.getRequest().getQueryParams().containsKey(name))
					.toList());
	}

	/** A sign-in, reset or invitation answers a Session: its account is the actor. */
	private AuditEntry.Actor sessionActor(String body) {
		JsonNode session = read(body);
		UUID account = id(session.path("account").path("id").asString(null));
		if (account == null) {
			return AuditEntry.Actor.NOBODY;
		}
		return new AuditEntry.Actor(account, session.path("account").path("role").asString(null),
				id(session.path("practice").path("id").asString(null)));
	}

	private JsonNode read(String body) {
		try {
			return body.isEmpty() ? this.json.missingNode() : this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return this.json.missingNode();
		}
	}

	private static AuditEntry.Origin origin(String pattern, ServerWebExchange exchange) {
		String agent = exchange.getRequest().getHeaders().getFirst(HttpHeaders.USER_AGENT);
		return new AuditEntry.Origin(exchange.getRequest().getMethod().name(), pattern, ClientAddress.of(exchange),
				(agent != null && agent.length() > MAX_USER_AGENT) ? agent.substring(0, MAX_USER_AGENT) : agent,
				exchange.getRequest().getId());
	}

	private static void addId(List<UUID> ids, @Nullable String value) {
		UUID id = id(value);
		if (id != null) {
			ids.add(id);
		}
	}

	private static @Nullable UUID id(@Nullable String value) {
		try {
			return (value != null) ? UUID.fromString(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
