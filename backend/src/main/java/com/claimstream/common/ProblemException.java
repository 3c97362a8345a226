package com.claimstream.common;

import java.util.List;
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

	/** Invalid fields, each named with its message. */
	public static ProblemException invalid(List<FieldError> errors) {
		return new ProblemException(Problem.VALIDATION_FAILED,
				(errors.size() == 1) ? errors.get(0).message() : errors.size() + " fields are invalid",
				Map.of("errors", errors));
	}

	/**
	 * A domain fact that concerns one field of the request, so forms show it on that
	 * field.
	 */
	public static ProblemException onField(Problem problem, String field, String message) {
		return new ProblemException(problem, message, Map.of("errors", List.of(new FieldError(field, message))));
	}

	public Problem problem() {
		return this.problem;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}
