package com.claimstream.stream;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A change someone may watch, as a feature appends it. It is shown to the members of
 * {@code practiceId} and, when {@code clientAccountId} is set, to that client account.
 * {@code data} holds ids, statuses and amounts only: never names or clinical details.
 *
 * @param kind wire kind, {@code <subject>.<past_tense>} in snake case
 * @param clientId the client the change is about, for that client's activity timeline
 */
public record NewEvent(String kind, UUID practiceId, @Nullable UUID clientId, @Nullable UUID clientAccountId,
		String subjectType, UUID subjectId, Map<String, Object> data) {

}
