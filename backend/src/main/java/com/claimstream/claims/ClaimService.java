package com.claimstream.claims;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.benefits.ClaimOutcome;
import com.claimstream.benefits.ClaimOutcomes;
import com.claimstream.claims.Claim.Remittance;
import com.claimstream.claims.Clearinghouse.InboundFile;
import com.claimstream.claims.Clearinghouse.Receiver;
import com.claimstream.client.ClientDirectory;
import com.claimstream.client.ClientRef;
import com.claimstream.coding.ClientDiagnoses;
import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.insurance.InsurancePolicies;
import com.claimstream.practice.PracticeProfileService;
import com.claimstream.x12.Acknowledgment277;
import com.claimstream.x12.Claim837;
import com.claimstream.x12.ClaimAcknowledgment;
import com.claimstream.x12.ClaimPayment;
import com.claimstream.x12.Interchange;
import com.claimstream.x12.Remittance835;
import com.claimstream.x12.X12Validation;

/**
 * The claim pipeline (PRODUCT §12). {@link #open} makes the one claim of a charge; the
 * runner builds and sends due claims (or says what they miss), hands the 837 to the
 * {@link Clearinghouse}, and applies its answers: each answer moves a claim only along
 * {@link ClaimStatus}, so a duplicate or late 277CA or 835 changes nothing (FLT-08).
 */
@Service
public class ClaimService {

	private static final Log logger = LogFactory.getLog(ClaimService.class);

	/** ISA06/GS02 of every file Claimstream sends. */
	static final String SENDER = "CLAIMSTREAM";

	private final ClaimRepository claims;

	private final ClientDirectory clients;

	private final PracticeProfileService practices;

	private final InsurancePolicies policies;

	private final ClientDiagnoses diagnoses;

	private final ClaimOutcomes outcomes;

	private final Clearinghouse clearinghouse;

	private final ClaimNotices notices;

	private final ClaimSettings settings;

	private final TransactionalOperator transaction;

	private final Clock clock;

	ClaimService(ClaimRepository claims, ClientDirectory clients, PracticeProfileService practices,
			InsurancePolicies policies, ClientDiagnoses diagnoses, ClaimOutcomes outcomes, Clearinghouse clearinghouse,
			ClaimNotices notices, ClaimSettings settings, TransactionalOperator transaction, Clock clock) {
		this.claims = claims;
		this.clients = clients;
		this.practices = practices;
		this.policies = policies;
		this.diagnoses = diagnoses;
		this.outcomes = outcomes;
		this.clearinghouse = clearinghouse;
		this.notices = notices;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Opens the claim of a succeeded OON Pay or Claimstream Pay charge and answers its
	 * id: exactly one claim per charge, also when asked again or concurrently (the first
	 * claim's id is answered). Joins the caller's transaction, if any. The claim is sent
	 * in the background once everything it needs is on file.
	 * @throws IllegalArgumentException for a request no claim can be made of
	 */
	public Mono<UUID> open(ClaimRequest request) {
		List<String> problems = request.problems();
		if (!problems.isEmpty()) {
			return Mono.error(new IllegalArgumentException(String.join("; ", problems)));
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		return this.transaction.transactional(this.clients.find(request.practiceId(), request.clientId())
			.flatMap((client) -> this.practices.claimProviders(request.practiceId(), request.renderingClinicianId())
				.then(this.claims.insert(id, request, now))
				.flatMap((opened) -> this.claims.findByCharge(request.chargeId())
					.flatMap((claim) -> opened ? this.claims.step(claim.id(), "created", Map.of(), now)
						.then(this.notices.moved(client, claim, "created", ClaimStatus.CREATED))
						.thenReturn(claim.id()) : Mono.just(claim.id())))));
	}

	/** The client's claims, newest first (no timelines). */
	Mono<List<ClaimView>> list(ClientRef client) {
		return this.claims.list(client.practiceId(), client.clientId())
			.map((found) -> found.stream().map((claim) -> ClaimView.of(claim, List.of(), List.of())).toList());
	}

	/** One claim with its timeline and files. */
	Mono<ClaimView> get(ClientRef client, UUID claimId) {
		return find(client, claimId)
			.flatMap((claim) -> Mono.zip(this.claims.steps(claim.id()), this.claims.files(claim.id()))
				.map((both) -> ClaimView.of(claim, both.getT1(), both.getT2())));
	}

	/** One of the claim's X12 files, as sent or received. */
	Mono<String> file(ClientRef client, UUID claimId, UUID fileId) {
		return find(client, claimId).flatMap((claim) -> this.claims.fileContent(claim.id(), fileId))
			.switchIfEmpty(notFound());
	}

	/**
	 * One run of the background work: build and send due claims, hand untransmitted 837s
	 * to the clearinghouse, apply the answers in its mailbox, and investigate claims the
	 * payer has not decided in time.
	 */
	Mono<Void> runDue() {
		return prepareDue().then(transmitDue()).then(fetchAnswers()).then(investigateOverdue());
	}

	/**
	 * A sent claim without a decision after the deadline moves to investigating (the
	 * watchdog).
	 */
	private Mono<Void> investigateOverdue() {
		Instant now = this.clock.instant();
		return this.claims.overdue(now.minus(this.settings.decisionDeadline()))
			.flatMapMany(Flux::fromIterable)
			.concatMap((id) -> isolated("Investigating claim " + id, () -> this.transaction
				.transactional(this.claims.lock(id)
					.filter((claim) -> claim.status().canMoveTo(ClaimStatus.INVESTIGATING))
					.flatMap((claim) -> this.clients.find(claim.practiceId(), claim.clientId())
						.flatMap((client) -> this.claims.investigating(claim.id(), now)
							.then(this.claims.step(claim.id(), "investigating",
									Map.of("days", this.settings.decisionDeadline().toDays()), now))
							.then(this.notices.moved(client, claim, "investigating", ClaimStatus.INVESTIGATING)))))))
			.then();
	}

	private Mono<Void> prepareDue() {
		return this.claims.due(this.clock.instant())
			.flatMapMany(Flux::fromIterable)
			.concatMap((id) -> isolated("Preparing claim " + id,
					() -> this.transaction.transactional(this.claims.lock(id)
						.filter((claim) -> !claim.status().sent())
						.flatMap((claim) -> facts(claim).flatMap((facts) -> prepare(claim, facts))))))
			.then();
	}

	private Mono<ClaimDraft.Facts> facts(Claim claim) {
		return Mono
			.zip(this.practices.claimProviders(claim.practiceId(), claim.renderingClinicianId()),
					this.clients.find(claim.practiceId(), claim.clientId()),
					this.clients.profile(claim.practiceId(), claim.clientId()),
					this.policies.primary(claim.practiceId(), claim.clientId()).defaultIfEmpty(Optional.empty()),
					this.diagnoses.list(claim.practiceId(), claim.clientId()).collectList())
			.map((found) -> new ClaimDraft.Facts(found.getT1(), found.getT2(), found.getT3(), found.getT4(),
					found.getT5()));
	}

	private Mono<Void> prepare(Claim claim, ClaimDraft.Facts facts) {
		Instant now = this.clock.instant();
		ClaimDraft draft = ClaimDraft.of(claim, facts);
		ClientRef client = facts.client();
		if (draft.claim() == null) {
			List<String> missing = draft.missing().stream().map(MissingData::code).toList();
			Mono<Void> save = this.claims.needsInformation(claim.id(), missing, now.plus(this.settings.recheck()), now);
			if (claim.status() == ClaimStatus.NEEDS_INFORMATION && claim.missingFields().equals(missing)) {
				return save;
			}
			ClaimStatus next = (claim.status() == ClaimStatus.NEEDS_INFORMATION) ? claim.status()
					: claim.status().moveTo(ClaimStatus.NEEDS_INFORMATION);
			return save.then(this.claims.step(claim.id(), "needs_information", Map.of("missing", missing), now))
				.then(this.notices.moved(client, claim, "needs_information", next));
		}
		ClaimStatus next = claim.status().moveTo(ClaimStatus.SUBMITTED);
		Receiver receiver = this.clearinghouse.receiver();
		return this.claims.nextControlNumber().flatMap((control) -> {
			String file = Claim837.write(draft.claim(), new Interchange(SENDER, receiver.id(), control,
					LocalDateTime.ofInstant(now, ZoneOffset.UTC), receiver.production()), receiver.name());
			List<String> problems = X12Validation.problems(file);
			if (!problems.isEmpty()) {
				return Mono
					.error(new IllegalStateException("An invalid 837 for " + claim.claimNumber() + ": " + problems));
			}
			return this.claims.file(claim.id(), "837", control, file, now)
				.then(this.claims.submitted(claim.id(), draft.policy().id(), draft.claim().payer().payerId(),
						draft.policy().payerName(), now))
				.then(this.claims.step(claim.id(), "submitted", Map.of("controlNumber", control), now))
				.then(this.notices.moved(client, claim, "submitted", next));
		});
	}

	private Mono<Void> transmitDue() {
		return this.claims.untransmitted()
			.flatMapMany(Flux::fromIterable)
			.concatMap((id) -> isolated("Sending claim " + id,
					() -> this.claims.submission(id)
						.flatMap(this.clearinghouse::submit)
						.then(this.claims.transmitted(id, this.clock.instant()))))
			.then();
	}

	private Mono<Void> fetchAnswers() {
		return this.clearinghouse.mailbox()
			.flatMapMany(Flux::fromIterable)
			.concatMap((file) -> isolated("Applying clearinghouse file " + file.id(),
					() -> receive(file).then(this.clearinghouse.fetched(file.id()))))
			.then();
	}

	/**
	 * One claim's or file's work in a run: its failure is logged and the item left for
	 * the next run, and never holds back the others.
	 */
	private static Mono<Void> isolated(String what, Supplier<Mono<Void>> work) {
		return Mono.defer(work).onErrorResume((ex) -> {
			logger.warn(what + " failed; left for the next run: " + ex.getMessage());
			return Mono.empty();
		});
	}

	/**
	 * Applies one answer of the clearinghouse to the claims it names; a claim it cannot
	 * move (already moved by this answer, or by a later one) is left as it is.
	 */
	Mono<Void> receive(InboundFile file) {
		long control = X12Validation.controlNumber(file.content());
		if (InboundFile.REMITTANCE.equals(file.kind())) {
			return Flux.fromIterable(Remittance835.read(file.content()))
				.concatMap((payment) -> answer(payment.claimNumber(), "835", control, file.content(),
						(claim, client) -> adjudicate(claim, client, payment)))
				.then();
		}
		return Flux.fromIterable(Acknowledgment277.read(file.content()))
			.concatMap((ack) -> answer(ack.claimNumber(), "277ca", control, file.content(),
					(claim, client) -> acknowledge(claim, client, ack)))
			.then();
	}

	private Mono<Void> answer(String claimNumber, String kind, long control, String content, Move move) {
		Instant now = this.clock.instant();
		return this.transaction.transactional(this.claims.lockByNumber(claimNumber)
			.flatMap((claim) -> this.claims.file(claim.id(), kind, control, content, now)
				.then(this.clients.find(claim.practiceId(), claim.clientId()))
				.flatMap((client) -> move.apply(claim, client))));
	}

	private Mono<Void> acknowledge(Claim claim, ClientRef client, ClaimAcknowledgment ack) {
		Instant now = this.clock.instant();
		if (ack.rejected()) {
			if (!claim.status().canMoveTo(ClaimStatus.REJECTED)) {
				return Mono.empty();
			}
			String reason = (ack.message() != null) ? ack.message() : "Rejected (" + ack.category() + ")";
			String code = ack.category() + ":" + ack.statusCode();
			return this.claims.rejected(claim.id(), code, reason, now)
				.then(this.claims.step(claim.id(), "rejected", Map.of("code", code), now))
				.then(this.notices.moved(client, claim, "rejected", ClaimStatus.REJECTED));
		}
		Mono<Void> accepted = Mono.empty();
		if (claim.status() == ClaimStatus.SUBMITTED) {
			accepted = this.claims.acknowledged(claim.id(), ack.payerClaimNumber(), now)
				.then(this.claims.step(claim.id(), "acknowledged", Map.of(), now))
				.then(this.notices.moved(client, claim, "acknowledged", ClaimStatus.ACKNOWLEDGED));
		}
		if (!ack.pending() || claim.status().decided() || claim.status() == ClaimStatus.REJECTED) {
			return accepted;
		}
		return accepted.then(this.claims.step(claim.id(), "pended", Map.of("code", ack.statusCode()), now))
			.flatMap((added) -> added ? this.notices.moved(client, claim, "pended", ClaimStatus.ACKNOWLEDGED)
					: Mono.empty());
	}

	private Mono<Void> adjudicate(Claim claim, ClientRef client, ClaimPayment payment) {
		if (!claim.status().canMoveTo(ClaimStatus.ADJUDICATED)) {
			return Mono.empty();
		}
		Instant now = this.clock.instant();
		Remittance remittance = new Remittance(
				payment.denied(), payment.allowedCents(), payment.paidCents(), payment.deductibleCents(),
				payment.coinsuranceCents(), payment.patientResponsibilityCents(), payment.denied()
						? payment.denialReasons().stream().map(ClaimPayment.Adjustment::reason).toList() : List.of(),
				payment.remarks());
		Mono<Void> calibration = (claim.policyId() != null) ? this.outcomes
			.record(new ClaimOutcome(claim.id(), claim.practiceId(), claim.clientId(), claim.policyId(), claim.cpt(),
					!payment.denied(), payment.allowedCents(), payment.deductibleCents(), payment.paidCents(), now))
				: Mono.empty();
		return this.claims.adjudicated(claim.id(), payment.payerClaimNumber(), remittance, now)
			.then(this.claims.step(claim.id(), "adjudicated",
					Map.of("paidCents", payment.paidCents(), "allowedCents", payment.allowedCents(), "deductibleCents",
							payment.deductibleCents(), "denied", payment.denied()),
					now))
			.then(calibration)
			.then(this.notices.moved(client, claim, "adjudicated", ClaimStatus.ADJUDICATED));
	}

	private Mono<Claim> find(ClientRef client, UUID claimId) {
		return this.claims.find(client.practiceId(), client.clientId(), claimId).switchIfEmpty(notFound());
	}

	private static <T> Mono<T> notFound() {
		return Mono.error(() -> new ProblemException(Problem.NOT_FOUND, "Not found"));
	}

	/** How an answer moves one claim. */
	@FunctionalInterface
	private interface Move {

		Mono<Void> apply(Claim claim, ClientRef client);

	}

}
