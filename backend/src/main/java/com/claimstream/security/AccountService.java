package com.claimstream.security;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/**
 * Accounts: created at practice sign-up and when a client accepts an invitation, verified
 * at sign-in. Emails are compared in lower case; an email is unique within a portal.
 */
@Service
public class AccountService {

	private final AccountRepository accounts;

	private final Passwords passwords;

	private final Clock clock;

	AccountService(AccountRepository accounts, Passwords passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Creates the account inside the caller's transaction.
	 * @param personalWords words the password may not be (the practice name, say)
	 */
	public Mono<AccountSummary> register(NewAccount account, String... personalWords) {
		String email = normalize(account.email());
		return Mono
			.fromRunnable(() -> this.passwords.requireAcceptable(account.password(),
					append(personalWords, email, account.name())))
			.then(this.passwords.hash(account.password()))
			.flatMap((hash) -> insert(new Account(UUID.randomUUID(), Portal.of(account.role()).column(), email,
					account.name().trim(), hash, account.role(), account.practiceId(), true)));
	}

	private Mono<AccountSummary> insert(Account account) {
		return this.accounts.insert(account, this.clock.instant())
			.switchIfEmpty(Mono.error(() -> ProblemException.onField(Problem.EMAIL_TAKEN, "email",
					"An account with this email already exists")))
			.map((id) -> new AccountSummary(id, account.email(), account.name(), account.role()));
	}

	/**
	 * Checks and hashes the password of an account to create later, and tells whether its
	 * email is already taken: one argon2 hash and one lookup either way, so the caller
	 * can answer a taken email in the same time (AUTH-03).
	 * @param personalWords words the password may not be (the practice name, say)
	 */
	public Mono<PreparedAccount> prepare(String email, String name, String password, Role role,
			String... personalWords) {
		String normalized = normalize(email);
		return Mono
			.fromRunnable(() -> this.passwords.requireAcceptable(password, append(personalWords, normalized, name)))
			.then(this.accounts.findByEmail(Portal.of(role).column(), normalized).hasElement())
			.flatMap((taken) -> this.passwords.hash(password)
				.map((hash) -> new PreparedAccount(normalized, name.trim(), hash, role, taken)));
	}

	/**
	 * Creates a prepared account inside the caller's transaction, or {@code email-taken}
	 * when the email got an account in the meantime.
	 */
	public Mono<AccountSummary> register(PreparedAccount account, UUID practiceId) {
		return insert(new Account(UUID.randomUUID(), Portal.of(account.role()).column(), account.email(),
				account.name(), account.passwordHash(), account.role(), practiceId, true));
	}

	/**
	 * The account whose password this is, or {@code invalid-credentials}, in the same
	 * time either way.
	 */
	public Mono<AccountSummary> verify(Portal portal, String email, String password) {
		// exactly one argon2 verification either way: a wrong password must not also run
		// the decoy (AUTH-03)
		return this.accounts.findByEmail(portal.column(), normalize(email))
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((found) -> found
				.map((account) -> this.passwords.matches(password, account.passwordHash())
					.filter(Boolean::booleanValue)
					.map((ok) -> requireActive(account))
					.flatMap((summary) -> upgradeWeakHash(account, password).thenReturn(summary)))
				.orElseGet(() -> this.passwords.matchesDecoy(password).then(Mono.empty())))
			.switchIfEmpty(Mono
				.error(() -> new ProblemException(Problem.INVALID_CREDENTIALS, "Email or password is incorrect")));
	}

	/** The account of this email in that portal; empty when there is none. */
	public Mono<AccountSummary> find(Portal portal, String email) {
		return this.accounts.findByEmail(portal.column(), normalize(email)).map(AccountService::summary);
	}

	/**
	 * Checks the password of a signed-in account: {@code invalid-credentials} on
	 * {@code field} when it is wrong.
	 */
	public Mono<AccountSummary> verifyOwn(UUID accountId, String password, String field) {
		return this.accounts.findById(accountId)
			.flatMap((account) -> this.passwords.matches(password, account.passwordHash())
				.filter(Boolean::booleanValue)
				.map((ok) -> summary(account)))
			.switchIfEmpty(Mono.error(() -> ProblemException.onField(Problem.INVALID_CREDENTIALS, field,
					"Your current password is incorrect")));
	}

	/**
	 * Replaces the password inside the caller's transaction, after the same rules as at
	 * sign-up; a refusal names {@code field}.
	 */
	public Mono<AccountSummary> replacePassword(UUID accountId, String password, String field) {
		return this.accounts.findById(accountId)
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("No account " + accountId)))
			.flatMap((account) -> Mono
				.fromRunnable(
						() -> this.passwords.requireAcceptableOn(field, password, account.email(), account.name()))
				.then(this.passwords.hash(password))
				.flatMap((hash) -> this.accounts.updatePasswordHash(accountId, hash))
				.thenReturn(summary(account)));
	}

	public Mono<Boolean> clientAccountExists(String email) {
		return this.accounts.findByEmail(Portal.CLIENT.column(), normalize(email)).hasElement();
	}

	public Flux<AccountSummary> membersOf(UUID practiceId) {
		return this.accounts.findByPractice(practiceId).map(AccountService::summary);
	}

	public Flux<AccountSummary> summaries(Collection<UUID> accountIds) {
		return accountIds.isEmpty() ? Flux.empty() : this.accounts.findAll(accountIds).map(AccountService::summary);
	}

	/** The practice's members, deactivated ones included, by name. */
	public Flux<MemberAccount> practiceMembers(UUID practiceId) {
		return this.accounts.findByPractice(practiceId).map(AccountService::member);
	}

	/**
	 * Locks the practice's active administrators until the caller's transaction ends and
	 * returns their ids.
	 */
	public Mono<Set<UUID>> lockActiveAdministrators(UUID practiceId) {
		return this.accounts.lockActiveAdministrators(practiceId).collect(Collectors.toSet());
	}

	/**
	 * Changes a member's role inside the caller's transaction; empty when the account is
	 * not a member of the practice. It takes effect on the member's next request, because
	 * every request reads the role from the account.
	 */
	public Mono<MemberAccount> changeRole(UUID practiceId, UUID accountId, Role role) {
		if (!role.isPracticeMember()) {
			return Mono.error(() -> new IllegalArgumentException("Not a practice role: " + role));
		}
		return this.accounts.updateRole(practiceId, accountId, role).map(AccountService::member);
	}

	/**
	 * Deactivates or reactivates a member inside the caller's transaction; empty when the
	 * account is not a member of the practice.
	 */
	public Mono<MemberAccount> setActive(UUID practiceId, UUID accountId, boolean active) {
		return this.accounts.updateDeactivatedAt(practiceId, accountId, active ? null : this.clock.instant())
			.map(AccountService::member);
	}

	/**
	 * Only a sign-in knows the password, so it is the moment to rehash one stored with an
	 * older release's weaker parameters.
	 */
	private Mono<Void> upgradeWeakHash(Account account, String password) {
		if (!this.passwords.isWeak(account.passwordHash())) {
			return Mono.empty();
		}
		return this.passwords.hash(password).flatMap((hash) -> this.accounts.updatePasswordHash(account.id(), hash));
	}

	public static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	private static AccountSummary requireActive(Account account) {
		if (!account.active()) {
			throw new ProblemException(Problem.ACCOUNT_DEACTIVATED,
					"This account was deactivated; ask your practice administrator");
		}
		return summary(account);
	}

	private static MemberAccount member(Account account) {
		return new MemberAccount(account.id(), account.email(), account.name(), account.role(), account.active());
	}

	private static AccountSummary summary(Account account) {
		return new AccountSummary(account.id(), account.email(), account.name(), account.role());
	}

	private static String[] append(String[] words, String... more) {
		String[] all = Arrays.copyOf(words, words.length + more.length);
		System.arraycopy(more, 0, all, words.length, more.length);
		return all;
	}

}
