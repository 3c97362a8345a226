package com.claimstream.coding;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.client.ClientService;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.stream.Audience;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * A client's ordered diagnoses (PRODUCT 8; the first is primary): members who see the
 * client read and change them, each change recorded in the diagnosis history and, as
 * counts only, in the client's activity timeline ({@code client.diagnoses_changed}).
 * Other features ask {@link #hasDiagnosis} and {@link #list} (payment-type eligibility,
 * claims).
 */
@Service
public class ClientDiagnoses {

	/** Claims carry at most 12 diagnoses. */
	public static final int MAX = 12;

	private static final int HISTORY = 50;

	private final DiagnosisRepository diagnoses;

	private final DiagnosisRules rules;

	private final ClientService clients;

	private final EventLog events;

	private final TransactionalOperator transaction;

	private final Clock clock;

	ClientDiagnoses(DiagnosisRepository diagnoses, DiagnosisRules rules, ClientService clients, EventLog events,
			TransactionalOperator transaction, Clock clock) {
		this.diagnoses = diagnoses;
		this.rules = rules;
		this.clients = clients;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The client's diagnoses in order, the primary first. */
	public Flux<Diagnosis> list(UUID practiceId, UUID clientId) {
		return this.diagnoses.list(practiceId, clientId);
	}

	/** Whether the client has at least one diagnosis (OON Pay needs one, PRODUCT 9). */
	public Mono<Boolean> hasDiagnosis(UUID practiceId, UUID clientId) {
		return this.diagnoses.any(practiceId, clientId);
	}

	Mono<ClientDiagnosesResponse> view(CurrentPrincipal principal, UUID clientId) {
		return this.clients.audience(principal, clientId)
			.flatMap((audience) -> view(principal.requirePracticeId(), clientId));
	}

	/**
	 * Makes {@code codes} the client's list, in that order: new codes must be billable
	 * and current; a code already on the list stays even if it has since been retired.
	 */
	Mono<ClientDiagnosesResponse> replace(CurrentPrincipal principal, UUID clientId, List<String> codes) {
		UUID practiceId = principal.requirePracticeId();
		return this.transaction
			.transactional(this.clients.lockForChange(principal, clientId)
				.flatMap((audience) -> this.diagnoses.list(practiceId, clientId)
					.map((diagnosis) -> diagnosis.code().replace(".", ""))
					.collectList()
					.flatMap((before) -> this.rules.validate(codes, before)
						.flatMap((after) -> change(principal, clientId, audience, before, after)))))
			.then(view(practiceId, clientId));
	}

	private Mono<Void> change(CurrentPrincipal principal, UUID clientId, Audience audience, List<String> before,
			List<String> after) {
		UUID practiceId = principal.requirePracticeId();
		Instant now = this.clock.instant();
		List<DiagnosisChange> changes = changes(before, after, principal.accountId(), now);
		if (changes.isEmpty()) {
			return Mono.empty();
		}
		Map<String, Object> data = Map.of("clientId", clientId, "added", count(changes, "added"), "removed",
				count(changes, "removed"), "moved", count(changes, "moved"), "count", after.size(), "primaryChanged",
				!first(before).equals(first(after)), "editedBy", principal.accountId());
		return this.diagnoses.replace(practiceId, clientId, after, principal.accountId(), now)
			.then(this.diagnoses.record(practiceId, clientId, changes))
			.then(this.events
				.append(new NewEvent("client.diagnoses_changed", practiceId, audience, "client", clientId, data)));
	}

	private Mono<ClientDiagnosesResponse> view(UUID practiceId, UUID clientId) {
		return Mono.zip(this.diagnoses.list(practiceId, clientId).collectList(),
				this.diagnoses.history(practiceId, clientId, HISTORY).collectList(), ClientDiagnosesResponse::new);
	}

	/**
	 * Removals, then additions and moves in the new order; a code counts as moved when it
	 * left the longest run of kept codes still in their old order (removing the first
	 * code moves nothing).
	 */
	static List<DiagnosisChange> changes(List<String> before, List<String> after, UUID by, Instant at) {
		List<DiagnosisChange> changes = new ArrayList<>();
		before.stream()
			.filter((code) -> !after.contains(code))
			.forEach((code) -> changes.add(new DiagnosisChange("removed", code, null, by, at)));
		List<String> kept = after.stream().filter(before::contains).toList();
		List<String> stayed = inOldOrder(kept, before);
		for (int i = 0; i < after.size(); i++) {
			String code = after.get(i);
			if (!before.contains(code)) {
				changes.add(new DiagnosisChange("added", code, i + 1, by, at));
			}
			else if (!stayed.contains(code)) {
				changes.add(new DiagnosisChange("moved", code, i + 1, by, at));
			}
		}
		return changes;
	}

	/** The longest subsequence of {@code kept} that is in the order of {@code before}. */
	private static List<String> inOldOrder(List<String> kept, List<String> before) {
		int n = kept.size();
		int[] length = new int[n];
		int[] previous = new int[n];
		int best = -1;
		for (int i = 0; i < n; i++) {
			length[i] = 1;
			previous[i] = -1;
			for (int j = 0; j < i; j++) {
				if (before.indexOf(kept.get(j)) < before.indexOf(kept.get(i)) && length[j] + 1 > length[i]) {
					length[i] = length[j] + 1;
					previous[i] = j;
				}
			}
			best = (best < 0 || length[i] >= length[best]) ? i : best;
		}
		List<String> run = new ArrayList<>();
		for (int i = best; i >= 0; i = previous[i]) {
			run.add(kept.get(i));
		}
		return run;
	}

	private static long count(List<DiagnosisChange> changes, String action) {
		return changes.stream().filter((change) -> change.action().equals(action)).count();
	}

	private static String first(List<String> codes) {
		return codes.isEmpty() ? "" : codes.get(0);
	}

}
