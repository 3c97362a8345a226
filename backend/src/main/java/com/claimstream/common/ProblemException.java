package com.claimstream.common;

import java.util.Map;

/**
 * A domain fact that the API answers with one {@link Problem} type. Subclasses name the
 * fact ({@code InvitationExpired}); {@code properties} become extra members of the body
 * (ids and states only, never clinical details).
 */
public class ProblemException extends RuntimeException {

	private final Problem problem;

	private final Map<String, Object> properties;

	public ProblemException(Problem problem, String detail) {
		this(problem, detail, Map.of());
	}

	public ProblemException(Problem problem, String detail, Map<String, Object> properties) {
		super(detail, null, false, false);
		this.problem = problem;
		this.properties = properties;
	}

	public Problem problem() {
		return this.problem;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}
