package com.claimstream.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;

/**
 * The audit log: appends rows, lets a practice's administrators review and export theirs,
 * and checks the hash chains.
 */
@Service
class AuditLog {

	static final int PAGE_SIZE = 50;

	static final int MAX_EXPORT_ROWS = 50_000;

	private final AuditRepository rows;

	private final Clock clock;

	AuditLog(AuditRepository rows, Clock clock) {
		this.rows = rows;
		this.clock = clock;
	}

	Mono<Void> append(AuditEntry entry) {
		return Mono.defer(() -> this.rows.append(entry, this.clock.instant()));
	}

	Mono<AuditPage> review(CurrentPrincipal principal, AuditFilter filter, int page) {
		return administrator(principal)
			.flatMap((practiceId) -> this.rows.find(practiceId, filter, PAGE_SIZE, (long) page * PAGE_SIZE)
				.collectList()
				.zipWith(this.rows.count(practiceId, filter))
				.map((found) -> new AuditPage(found.getT1(), page, PAGE_SIZE, found.getT2(),
						(found.getT2() + PAGE_SIZE - 1) / PAGE_SIZE)));
	}

	Flux<AuditRecord> export(CurrentPrincipal principal, AuditFilter filter) {
		return administrator(principal)
			.flatMapMany((practiceId) -> this.rows.find(practiceId, filter, MAX_EXPORT_ROWS, 0));
	}

	/**
	 * The ids of rows changed or removed behind the application's back; empty if intact.
	 */
	Mono<List<Long>> verify() {
		return this.rows.brokenLinks().collectList();
	}

	private static Mono<UUID> administrator(CurrentPrincipal principal) {
		if (principal.role() != Role.PRACTICE_ADMIN) {
			return Mono.error(new ProblemException(Problem.FORBIDDEN, "Only administrators can review the audit log"));
		}
		return Mono.just(principal.requirePracticeId());
	}

	/** One page of the review, newest first. */
	record AuditPage(List<AuditRecord> items, int page, int size, long totalItems, long totalPages) {

	}

}
