package com.claimstream.security;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Names of practices for the session body; implemented by the {@code practice} feature,
 * so {@code security} never depends on it.
 */
public interface PracticeDirectory {

	Mono<String> nameOf(UUID practiceId);

}
