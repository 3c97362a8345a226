package com.claimstream.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.common.SecretBox;

/**
 * TOTP two-factor (RFC 6238): enrolment with a secret sealed by {@link SecretBox},
 * verification with ±1 step of drift and no replay, single-use recovery codes stored
 * hashed, five wrong codes per 15 minutes before {@code too-many-attempts}.
 */
@Service
public class TwoFactorService {

	static final String ISSUER = "Claimstream";

	static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final SecureRandom random = new SecureRandom();

	private final TwoFactorRepository credentials;

	private final SecretBox box;

	private final AttemptLimiter attempts;

	private final TransactionalOperator transaction;

	private final Clock clock;

	TwoFactorService(TwoFactorRepository credentials, SecretBox box, AttemptLimiter attempts,
			TransactionalOperator transaction, Clock clock) {
		this.credentials = credentials;
		this.box = box;
		this.attempts = attempts;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Whether the account has confirmed TOTP, so its sign-ins need a code. */
	Mono<Boolean> isEnrolled(UUID accountId) {
		return this.credentials.find(accountId)
			.map(TwoFactorRepository.StoredCredential::confirmed)
			.defaultIfEmpty(false);
	}

	Mono<TwoFactorStatus> status(CurrentPrincipal principal) {
		return isEnrolled(principal.accountId()).zipWith(
				this.credentials.countUnusedRecoveryCodes(principal.accountId()),
				(enrolled, left) -> new TwoFactorStatus(enrolled, principal.isPracticeMember(),
						enrolled ? left.intValue() : 0));
	}

	/**
	 * Starts (or restarts) an enrolment with a new secret; the account is enrolled only
	 * once a code from it is confirmed.
	 */
	Mono<TwoFactorEnrolment> beginEnrolment(CurrentPrincipal principal) {
		String secret = Totp.newSecret();
		return this.credentials
			.saveUnconfirmed(principal.accountId(), this.box.seal(secret, context(principal.accountId())),
					this.clock.instant())
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(() -> new ProblemException(Problem.ILLEGAL_TRANSITION,
					"Two-factor authentication is already on for this account")))
			.thenReturn(new TwoFactorEnrolment(secret, uri(principal.email(), secret)));
	}

	/**
	 * Enrols a secret known in advance, without a code: only for the seeded demo account,
	 * whose secret is documented so that anyone trying the demo can sign in (the
	 * production profile refuses demo accounts, AUTH-07).
	 */
	public Mono<Void> enrolKnownSecret(UUID accountId, String base32Secret) {
		return this.credentials.saveConfirmed(accountId, this.box.seal(base32Secret, context(accountId)),
				this.clock.instant());
	}

	/** Completes the enrolment with a first valid code; answers the recovery codes. */
	Mono<List<String>> confirmEnrolment(CurrentPrincipal principal, String code) {
		UUID accountId = principal.accountId();
		return this.credentials.find(accountId)
			.filter((credential) -> !credential.confirmed())
			.switchIfEmpty(Mono.error(() -> new ProblemException(Problem.ILLEGAL_TRANSITION,
					"Start the set-up again: there is no enrolment in progress")))
			.flatMap((credential) -> limited(accountId,
					acceptCode(accountId, credential, code).then(issueRecoveryCodes(accountId))
						.as(this.transaction::transactional)));
	}

	/** Verifies a TOTP code of an enrolled account (sign-in, step-up). */
	Mono<Void> verifyCode(UUID accountId, String code) {
		return verifyCodeThen(accountId, code, Mono.empty());
	}

	/**
	 * Runs {@code then} in one transaction with the acceptance of a valid code; a wrong
	 * code counts against the limit (outside the transaction, so it stays counted).
	 */
	private <T> Mono<T> verifyCodeThen(UUID accountId, String code, Mono<T> then) {
		return limited(accountId,
				enrolledCredential(accountId).flatMap((credential) -> acceptCode(accountId, credential, code))
					.then(then)
					.as(this.transaction::transactional));
	}

	/** Verifies a recovery code and uses it up. */
	Mono<Void> verifyRecoveryCode(UUID accountId, String code) {
		return limited(accountId,
				enrolledCredential(accountId).then(this.credentials
					.useRecoveryCode(accountId, SecretTokens.hash(normalizeRecovery(code)), this.clock.instant())
					.filter(Boolean::booleanValue)
					.switchIfEmpty(Mono.error(() -> ProblemException.onField(Problem.INVALID_CODE, "recoveryCode",
							"This recovery code is not correct or was already used")))
					.then()));
	}

	/** New recovery codes after a valid TOTP code; the old ones stop working. */
	Mono<List<String>> regenerateRecoveryCodes(UUID accountId, String code) {
		return verifyCodeThen(accountId, code, issueRecoveryCodes(accountId));
	}

	/**
	 * Turns two-factor off after a valid code: clients only, it is required for the
	 * practice.
	 */
	Mono<Void> disable(CurrentPrincipal principal, String code) {
		if (principal.isPracticeMember()) {
			return Mono.error(new ProblemException(Problem.FORBIDDEN,
					"Two-factor authentication is required for practice accounts"));
		}
		return verifyCodeThen(principal.accountId(), code, this.credentials.delete(principal.accountId()));
	}

	private Mono<TwoFactorRepository.StoredCredential> enrolledCredential(UUID accountId) {
		return this.credentials.find(accountId)
			.filter(TwoFactorRepository.StoredCredential::confirmed)
			.switchIfEmpty(Mono.error(() -> new ProblemException(Problem.ILLEGAL_TRANSITION,
					"Two-factor authentication is not set up for this account")));
	}

	private <T> Mono<T> limited(UUID accountId, Mono<T> attempt) {
		return this.attempts.limit(AttemptLimit.SECOND_FACTOR_PER_ACCOUNT, accountId.toString(), Problem.INVALID_CODE,
				attempt);
	}

	/**
	 * Accepts the code of the current step or one step either side (clock drift), once:
	 * the latest matching step must be later than the last accepted one.
	 */
	private Mono<Void> acceptCode(UUID accountId, TwoFactorRepository.StoredCredential credential, String code) {
		String secret = this.box.open(credential.sealedSecret(), context(accountId));
		String typed = code.replace(" ", "");
		Instant now = this.clock.instant();
		long current = Totp.step(now);
		return Mono
			.justOrEmpty(IntStream.of(1, 0, -1)
				.mapToLong((drift) -> current + drift)
				.filter((step) -> Totp.code(secret, step).equals(typed))
				.boxed()
				.findFirst())
			.flatMap((step) -> this.credentials.acceptStep(accountId, step, now))
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(() -> ProblemException.onField(Problem.INVALID_CODE, "code",
					"This code is not correct or was already used; enter the current code from your app")))
			.then();
	}

	private Mono<List<String>> issueRecoveryCodes(UUID accountId) {
		List<String> codes = IntStream.range(0, RECOVERY_CODES).mapToObj((i) -> newRecoveryCode()).toList();
		return this.credentials
			.replaceRecoveryCodes(accountId,
					codes.stream().map((code) -> SecretTokens.hash(normalizeRecovery(code))).toList())
			.thenReturn(codes);
	}

	/**
	 * Ten characters from an unambiguous alphabet (about 50 bits), shown as two groups.
	 */
	private String newRecoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET.charAt(this.random.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	private static String normalizeRecovery(String code) {
		return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	static String context(UUID accountId) {
		return "totp:" + accountId;
	}

	static String uri(String email, String secret) {
		String label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
				+ "&algorithm=SHA1&digits=6&period=30";
	}

}
