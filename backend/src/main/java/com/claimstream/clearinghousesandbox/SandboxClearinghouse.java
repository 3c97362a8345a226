package com.claimstream.clearinghousesandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.benefits.EligibilityResponse;
import com.claimstream.benefits.sandbox.SandboxPlans;
import com.claimstream.claims.Clearinghouse;
import com.claimstream.practice.Npi;
import com.claimstream.x12.Acknowledgment277;
import com.claimstream.x12.Claim837;
import com.claimstream.x12.ClaimAcknowledgment;
import com.claimstream.x12.ClaimPayment;
import com.claimstream.x12.Interchange;
import com.claimstream.x12.ProfessionalClaim;
import com.claimstream.x12.Remittance835;
import com.claimstream.x12.X12Exception;
import com.claimstream.x12.X12Validation;

/**
 * The default clearinghouse adapter (docs/sandbox-clearinghouse.md): validates each 837P
 * like a clearinghouse's front end, answers with a 277CA after a day (rejected, with its
 * reason, for bad data or an unknown member), and with an 835 after 4 to 6 weeks (its
 * days scaled by the settings), adjudicated when the claim arrives so the member's
 * deductible counts claims in the order they were sent. An 837 sent twice (same ISA13) is
 * answered once.
 */
@Component
class SandboxClearinghouse implements Clearinghouse {

	static final Receiver RECEIVER = new Receiver("SANDBOXCH", "Claimstream Sandbox Clearinghouse", false);

	private final SandboxClearinghouseRepository repository;

	private final SandboxClearinghouseSettings settings;

	private final TransactionalOperator transaction;

	private final Clock clock;

	SandboxClearinghouse(SandboxClearinghouseRepository repository, SandboxClearinghouseSettings settings,
			TransactionalOperator transaction, Clock clock) {
		this.repository = repository;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public Receiver receiver() {
		return RECEIVER;
	}

	@Override
	public Mono<Void> submit(String file) {
		long control = X12Validation.controlNumber(file);
		List<String> problems = X12Validation.problems(file);
		ProfessionalClaim claim;
		try {
			claim = Claim837.read(file);
		}
		catch (X12Exception ex) {
			// unreadable: a real front end answers a 999 rejection, and no 277CA
			return Mono.empty();
		}
		Instant now = this.clock.instant();
		return this.transaction
			.transactional(this.repository.received(control, claim.claimNumber(), claim.subscriber().memberId(), now)
				.filter(Boolean::booleanValue)
				.flatMap((fresh) -> answer(claim, problems, now)));
	}

	private Mono<Void> answer(ProfessionalClaim claim, List<String> problems, Instant now) {
		String memberId = claim.subscriber().memberId();
		EligibilityResponse plan = SandboxPlans.plan(memberId);
		String rejection = rejection(claim, problems, plan, now);
		SandboxScenario scenario = SandboxScenario.of(memberId, plan);
		String payerClaimNumber = "SBX" + claim.claimNumber();
		if (rejection != null) {
			String[] parts = rejection.split("\\|");
			return acknowledgment(claim, parts[0], parts[1], null, parts[2], now).flatMap(
					(ack) -> this.repository.deliver(InboundFile.ACKNOWLEDGMENT, claim.claimNumber(), ack, at(now, 1)));
		}
		Mono<String> accepted = acknowledgment(claim, "A2", "20", payerClaimNumber,
				"Accepted for processing by the payer", now);
		Mono<String> pended = acknowledgment(claim, "P1", "20", payerClaimNumber, "Pended for review", now);
		int decisionDay = 28 + Math.floorMod(claim.claimNumber().hashCode(), 15);
		return accepted.flatMap((ack) -> switch (scenario) {
			case SILENT -> deliver(InboundFile.ACKNOWLEDGMENT, claim, ack, at(now, 1));
			case PENDED -> pended.flatMap((pend) -> deliver(InboundFile.ACKNOWLEDGMENT, claim, ack, at(now, 1))
				.then(deliver(InboundFile.ACKNOWLEDGMENT, claim, pend, at(now, 7)))
				.then(remittance(claim, plan, payerClaimNumber, now)
					.flatMap((era) -> deliver(InboundFile.REMITTANCE, claim, era, at(now, decisionDay + 14)))));
			case DUPLICATED -> remittance(claim, plan, payerClaimNumber, now)
				.flatMap((era) -> deliver(InboundFile.REMITTANCE, claim, era, at(now, 1))
					.then(deliver(InboundFile.ACKNOWLEDGMENT, claim, ack, at(now, 2)))
					.then(deliver(InboundFile.REMITTANCE, claim, era, at(now, 3)))
					.then(deliver(InboundFile.ACKNOWLEDGMENT, claim, ack, at(now, 3))));
			case NORMAL -> deliver(InboundFile.ACKNOWLEDGMENT, claim, ack, at(now, 1))
				.then(remittance(claim, plan, payerClaimNumber, now)
					.flatMap((era) -> deliver(InboundFile.REMITTANCE, claim, era, at(now, decisionDay))));
		});
	}

	/** {@code category|status|message} of a claim the front end or the payer rejects. */
	private static String rejection(ProfessionalClaim claim, List<String> problems, EligibilityResponse plan,
			Instant now) {
		if (!problems.isEmpty()) {
			return "A3|21|Missing or invalid information: " + problems.get(0);
		}
		if (!Npi.isValid(claim.billing().npi()) || !Npi.isValid(claim.rendering().npi())) {
			return "A7|562|The provider NPI is not valid";
		}
		if (claim.line().dateOfService().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
			return "A7|187|The date of service is in the future";
		}
		boolean unknownMember = plan.rejections().stream().anyMatch((rejection) -> "75".equals(rejection.code()));
		return unknownMember ? "A3|33|Subscriber and subscriber id not found" : null;
	}

	private Mono<String> acknowledgment(ProfessionalClaim claim, String category, String status,
			String payerClaimNumber, String message, Instant now) {
		var patient = (claim.patient() != null) ? claim.patient().person() : claim.subscriber().person();
		return interchange(now).map((interchange) -> Acknowledgment277
			.write(new ClaimAcknowledgment(claim.claimNumber(), claim.payer().name(), claim.payer().payerId(),
					claim.billing().name(), claim.billing().npi(), claim.subscriber().memberId(), patient.lastName(),
					patient.firstName(), category, status, payerClaimNumber, message,
					LocalDate.ofInstant(now, ZoneOffset.UTC), claim.line().chargeCents(), claim.line().dateOfService()),
					interchange));
	}

	/** Adjudicates the claim now, counting it in the member's accumulators, as an 835. */
	private Mono<String> remittance(ProfessionalClaim claim, EligibilityResponse plan, String payerClaimNumber,
			Instant now) {
		String payerId = claim.payer().payerId();
		String memberId = claim.subscriber().memberId().toUpperCase(Locale.ROOT);
		return this.repository.lockMember(payerId, memberId)
			.defaultIfEmpty(SandboxPayer.Accumulators.of(plan))
			.flatMap((before) -> {
				SandboxPayer.Decision decision = SandboxPayer.adjudicate(claim, plan, before, payerClaimNumber);
				return this.repository.saveMember(payerId, memberId, decision.after())
					.then(interchange(now))
					.map((interchange) -> Remittance835.write(List.of(decision.payment()),
							new ClaimPayment.Payment("EFT" + interchange.controlNumber(),
									LocalDate.ofInstant(now, ZoneOffset.UTC), "060000001"),
							claim.payer().name(), claim.billing().name(), claim.billing().npi(),
							claim.billing().taxId(), interchange));
			});
	}

	private Mono<Interchange> interchange(Instant now) {
		return this.repository.nextControlNumber()
			.map((control) -> new Interchange(RECEIVER.id(), "CLAIMSTREAM", control,
					LocalDateTime.ofInstant(now, ZoneOffset.UTC), false));
	}

	private Mono<Void> deliver(String kind, ProfessionalClaim claim, String content, Instant dueAt) {
		return this.repository.deliver(kind, claim.claimNumber(), content, dueAt);
	}

	private Instant at(Instant now, int days) {
		return now.plus(this.settings.day().multipliedBy(days));
	}

	@Override
	public Mono<List<InboundFile>> mailbox() {
		return this.repository.due(this.clock.instant());
	}

	@Override
	public Mono<Void> fetched(String fileId) {
		return this.repository.fetched(UUID.fromString(fileId), this.clock.instant());
	}

}
