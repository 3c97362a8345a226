package com.claimstream.stream;

import java.util.Map;
import java.util.UUID;

/**
 * A change someone may watch, as a feature appends it: shown to the {@code audience}
 * among the members of {@code practiceId} and the client account it names. {@code data}
 * holds ids, statuses and amounts only: never names or clinical details.
 *
 * @param kind wire kind, {@code <subject>.<past_tense>} in snake case
 */
public record NewEvent(String kind, UUID practiceId, Audience audience, String subjectType, UUID subjectId,
		Map<String, Object> data) {

}
