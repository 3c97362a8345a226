package com.claimstream.common;

import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 bodies from {@link Problem} types: the one way every error leaves the
 * API.
 */
public final class ProblemDetails {

	private ProblemDetails() {
	}

	public static ProblemDetail of(Problem problem, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), detail);
		body.setType(problem.type());
		body.setTitle(problem.title());
		return body;
	}

	public static ProblemDetail of(ProblemException exception) {
		ProblemDetail body = of(exception.problem(), exception.getMessage());
		exception.properties().forEach(body::setProperty);
		return body;
	}

}
