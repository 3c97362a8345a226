package com.claimstream.practice;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.security.AccountService;
import com.claimstream.security.AccountSummary;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;
import com.claimstream.stream.Audience;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * The practice profile (administrators change it, every member reads it), each member's
 * own clinician profile, and whether claims can be generated.
 */
@Service
public class PracticeProfileService {

	private final PracticeProfileRepository practices;

	private final ClinicianProfileRepository clinicians;

	private final AccountService accounts;

	private final EventLog events;

	private final Clock clock;

	private final PracticeRepository names;

	PracticeProfileService(PracticeProfileRepository practices, ClinicianProfileRepository clinicians,
			PracticeRepository names, AccountService accounts, EventLog events, Clock clock) {
		this.practices = practices;
		this.names = names;
		this.clinicians = clinicians;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	public Mono<PracticeProfile> practiceProfile(CurrentPrincipal principal) {
		return this.practices.find(principal.requirePracticeId()).switchIfEmpty(notFound());
	}

	@Transactional
	public Mono<PracticeProfile> updatePracticeProfile(CurrentPrincipal principal, PracticeProfile profile) {
		if (principal.role() != Role.PRACTICE_ADMIN) {
			return Mono.error(() -> new ProblemException(Problem.FORBIDDEN,
					"Only an administrator can change the practice profile"));
		}
		UUID practiceId = principal.requirePracticeId();
		PracticeProfile normalized = profile.normalized();
		return this.practices.update(practiceId, normalized, this.clock.instant())
			.filter((rows) -> rows == 1)
			.switchIfEmpty(notFound())
			.then(announce(practiceId, "practice", practiceId, Map.of("practiceId", practiceId)))
			.thenReturn(normalized);
	}

	/**
	 * A member's clinician profile; {@code not-found} for anyone outside the practice.
	 */
	public Mono<ClinicianProfile> memberProfile(CurrentPrincipal principal, UUID memberId) {
		UUID practiceId = principal.requirePracticeId();
		return member(practiceId, memberId).flatMap((member) -> this.clinicians.find(practiceId, memberId)
			.defaultIfEmpty(ClinicianProfile.named(member.name())));
	}

	@Transactional
	public Mono<ClinicianProfile> updateOwnProfile(CurrentPrincipal principal, ClinicianProfile profile) {
		UUID practiceId = principal.requirePracticeId();
		ClinicianProfile normalized = profile.normalized();
		return this.clinicians.save(practiceId, principal.accountId(), normalized, this.clock.instant())
			.then(announce(practiceId, "clinician_profile", principal.accountId(),
					Map.of("practiceId", practiceId, "accountId", principal.accountId())))
			.thenReturn(normalized);
	}

	/** What the signed-in member still has to complete before claims can be generated. */
	public Mono<ClaimReadiness> readiness(CurrentPrincipal principal) {
		UUID practiceId = principal.requirePracticeId();
		return practiceProfile(principal)
			.zipWith(this.clinicians.find(practiceId, principal.accountId())
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty()))
			.map((both) -> ClaimReadiness.of(both.getT1(), both.getT2().orElse(null), principal.role()));
	}

	/**
	 * The billing practice and the rendering clinician of a claim (background work): the
	 * practice's name and profile, and the clinician's profile ({@code null} fields when
	 * they have not filled it in); not found when the clinician is not a member.
	 */
	public Mono<ClaimProviders> claimProviders(UUID practiceId, UUID clinicianAccountId) {
		return member(practiceId, clinicianAccountId)
			.flatMap((member) -> Mono.zip(this.names.findName(practiceId),
					this.practices.find(practiceId).defaultIfEmpty(PracticeProfile.empty()),
					this.clinicians.find(practiceId, clinicianAccountId)
						.defaultIfEmpty(ClinicianProfile.named(member.name()))))
			.map((found) -> new ClaimProviders(found.getT1(), found.getT2(), found.getT3()));
	}

	private Mono<AccountSummary> member(UUID practiceId, UUID memberId) {
		return this.accounts.membersOf(practiceId)
			.filter((account) -> account.id().equals(memberId))
			// collected, not next(): a cancelled half-read query would leave the request
			// transaction's connection unusable
			.collectList()
			.flatMap((found) -> found.isEmpty() ? notFound() : Mono.just(found.get(0)));
	}

	private Mono<Void> announce(UUID practiceId, String subjectType, UUID subjectId, Map<String, Object> data) {
		return this.events
			.append(new NewEvent("practice.updated", practiceId, Audience.everyMember(), subjectType, subjectId, data));
	}

	private static <T> Mono<T> notFound() {
		return Mono.error(() -> new ProblemException(Problem.NOT_FOUND, "Not found"));
	}

}
