package com.claimstream.insurance;

import reactor.core.publisher.Mono;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/** The one answer for anything absent or not visible (the body of a random id's 404). */
final class NotFound {

	private NotFound() {
	}

	static <T> Mono<T> error() {
		return Mono.error(() -> new ProblemException(Problem.NOT_FOUND, "Not found"));
	}

}
