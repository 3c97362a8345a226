package com.claimstream.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/**
 * Password rules and hashing: 8 to 128 characters, no composition rules, no truncation,
 * common passwords refused; argon2id at m=19456 KiB, t=2, p=1 (above Spring's defaults),
 * computed off the event loop.
 */
@Component
class Passwords {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);

	private final Scheduler hashing = Schedulers.newBoundedElastic(4, 1000, "argon2");

	private final Set<String> common = loadCommon();

	/**
	 * A hash to verify against when the account does not exist, so timing tells nothing.
	 */
	private final String decoy = this.encoder.encode("decoy-password-never-used");

	void requireAcceptable(String password, String... personalWords) {
		requireAcceptableOn("password", password, personalWords);
	}

	/** The same rules, with the refusal on the form field {@code field}. */
	void requireAcceptableOn(String field, String password, String... personalWords) {
		String problem = check(password, personalWords);
		if (problem != null) {
			throw ProblemException.onField(Problem.WEAK_PASSWORD, field, problem);
		}
	}

	Mono<String> hash(String password) {
		return Mono.fromCallable(() -> this.encoder.encode(password)).subscribeOn(this.hashing);
	}

	Mono<Boolean> matches(String password, String hash) {
		return Mono.fromCallable(() -> this.encoder.matches(password, hash)).subscribeOn(this.hashing);
	}

	/**
	 * Whether this stored hash was made with weaker parameters than today's (an older
	 * release's, say), so the next successful sign-in should store a new one (AUTH-01).
	 */
	boolean isWeak(String hash) {
		return !hash.startsWith("$argon2id$") || this.encoder.upgradeEncoding(hash);
	}

	Mono<Boolean> matchesDecoy(String password) {
		return matches(password, this.decoy).thenReturn(false);
	}

	private String check(String password, String... personalWords) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return "Use at least " + MIN_LENGTH + " characters";
		}
		if (length > MAX_LENGTH) {
			return "Use at most " + MAX_LENGTH + " characters";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower)) {
			return "This password is too common; choose another";
		}
		for (String word : personalWords) {
			if (word != null && !word.isBlank() && lower.equals(word.toLowerCase(Locale.ROOT).trim())) {
				return "Do not use your name, email or practice name as the password";
			}
		}
		return null;
	}

	private static Set<String> loadCommon() {
		try (InputStream in = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
