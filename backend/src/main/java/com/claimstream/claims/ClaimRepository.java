package com.claimstream.claims;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import com.claimstream.client.PaymentType;

/** The {@code claim}, {@code claim_file} and {@code claim_step} tables. */
@Repository
class ClaimRepository {

	private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			claim_id, claim_number, practice_id, client_id, charge_id, rendering_account_id, payment_type,
			date_of_service, cpt, modifiers, place_of_service, units, charge_cents, estimate_allowed_cents,
			estimate_deductible_remaining_cents, estimate_coinsurance_basis_points, estimate_reimbursement_cents, status,
			missing_fields, policy_id, payer_name, payer_claim_number, rejection_code, rejection_reason, allowed_cents,
			paid_cents, deductible_cents, coinsurance_cents, patient_responsibility_cents, denial_codes, remark_codes,
			submitted_at, decided_at, created_at""";

	private final DatabaseClient database;

	private final JsonMapper json;

	ClaimRepository(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	/** Opens the claim of a charge, unless the charge has one: whether it was opened. */
	Mono<Boolean> insert(UUID id, ClaimRequest request, Instant now) {
		ClaimEstimate estimate = request.estimate();
		return this.database.sql("""
				insert into claim (claim_id, claim_number, practice_id, client_id, charge_id, rendering_account_id,
				  payment_type, date_of_service, cpt, modifiers, place_of_service, units, charge_cents,
				  estimate_allowed_cents, estimate_deductible_remaining_cents, estimate_coinsurance_basis_points,
				  estimate_reimbursement_cents, status, next_attempt_at, created_at, updated_at)
				values (:id, 'CS' || lpad(nextval('claim_number_seq')::text, 8, '0'), :practiceId, :clientId, :chargeId,
				  :clinicianId, :paymentType, :dateOfService, :cpt, :modifiers, :placeOfService, :units, :chargeCents,
				  :allowed, :deductible, :coinsurance, :reimbursement, 'created', :now, :now, :now)
				on conflict (charge_id) do nothing""")
			.bind("id", id)
			.bind("practiceId", request.practiceId())
			.bind("clientId", request.clientId())
			.bind("chargeId", request.chargeId())
			.bind("clinicianId", request.renderingClinicianId())
			.bind("paymentType", request.paymentType().wire())
			.bind("dateOfService", request.dateOfService())
			.bind("cpt", request.cpt())
			.bind("modifiers", request.modifiers().toArray(String[]::new))
			.bind("placeOfService", request.placeOfService())
			.bind("units", request.units())
			.bind("chargeCents", request.chargeCents())
			.bind("allowed", Parameter.fromOrEmpty((estimate != null) ? estimate.allowedCents() : null, Long.class))
			.bind("deductible",
					Parameter.fromOrEmpty((estimate != null) ? estimate.deductibleRemainingCents() : null, Long.class))
			.bind("coinsurance",
					Parameter.fromOrEmpty((estimate != null) ? estimate.coinsuranceBasisPoints() : null, Integer.class))
			.bind("reimbursement",
					Parameter.fromOrEmpty((estimate != null) ? estimate.reimbursementCents() : null, Long.class))
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows == 1);
	}

	Mono<Claim> findByCharge(UUID chargeId) {
		return this.database.sql("select " + COLUMNS + " from claim where charge_id = :chargeId")
			.bind("chargeId", chargeId)
			.map(ClaimRepository::claim)
			.one();
	}

	Mono<Claim> find(UUID practiceId, UUID clientId, UUID claimId) {
		return this.database
			.sql("select " + COLUMNS
					+ " from claim where practice_id = :practiceId and client_id = :clientId and claim_id = :claimId")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.bind("claimId", claimId)
			.map(ClaimRepository::claim)
			.one();
	}

	/** The client's claims, newest first. */
	Mono<List<Claim>> list(UUID practiceId, UUID clientId) {
		return this.database.sql("select " + COLUMNS + """
				 from claim where practice_id = :practiceId and client_id = :clientId
				order by created_at desc, claim_number desc""")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.map(ClaimRepository::claim)
			.all()
			.collectList();
	}

	/**
	 * Locks a claim the runner or an answer moves; empty when another instance holds it.
	 */
	Mono<Claim> lock(UUID claimId) {
		return this.database.sql("select " + COLUMNS + " from claim where claim_id = :claimId for update skip locked")
			.bind("claimId", claimId)
			.map(ClaimRepository::claim)
			.one();
	}

	Mono<Claim> lockByNumber(String claimNumber) {
		return this.database.sql("select " + COLUMNS + " from claim where claim_number = :number for update")
			.bind("number", claimNumber)
			.map(ClaimRepository::claim)
			.one();
	}

	/** Created and needs-information claims due for an attempt to send them. */
	Mono<List<UUID>> due(Instant now) {
		return this.database.sql("""
				select claim_id from claim where status in ('created', 'needs_information') and next_attempt_at <= :now
				order by next_attempt_at limit 20""")
			.bind("now", now)
			.map((row) -> row.get("claim_id", UUID.class))
			.all()
			.collectList();
	}

	/** Submitted claims whose 837 the clearinghouse has not taken yet. */
	Mono<List<UUID>> untransmitted() {
		return this.database.sql("""
				select claim_id from claim where status = 'submitted' and transmitted_at is null
				order by submitted_at limit 20""").map((row) -> row.get("claim_id", UUID.class)).all().collectList();
	}

	/** Sent claims without a decision since before {@code sentBefore}. */
	Mono<List<UUID>> overdue(Instant sentBefore) {
		return this.database.sql("""
				select claim_id from claim where status in ('submitted', 'acknowledged') and submitted_at < :before
				order by submitted_at limit 20""")
			.bind("before", sentBefore)
			.map((row) -> row.get("claim_id", UUID.class))
			.all()
			.collectList();
	}

	Mono<Void> investigating(UUID claimId, Instant now) {
		return this.database
			.sql("update claim set status = 'investigating', updated_at = :now where claim_id = :claimId")
			.bind("claimId", claimId)
			.bind("now", now)
			.then();
	}

	Mono<Void> needsInformation(UUID claimId, List<String> missing, Instant nextAttempt, Instant now) {
		return this.database.sql("""
				update claim set status = 'needs_information', missing_fields = :missing, next_attempt_at = :next,
				  updated_at = :now where claim_id = :claimId""")
			.bind("claimId", claimId)
			.bind("missing", missing.toArray(String[]::new))
			.bind("next", nextAttempt)
			.bind("now", now)
			.then();
	}

	Mono<Void> submitted(UUID claimId, UUID policyId, String payerId, String payerName, Instant now) {
		return this.database.sql("""
				update claim set status = 'submitted', missing_fields = '{}', next_attempt_at = null,
				  policy_id = :policyId, payer_id = :payerId, payer_name = :payerName, submitted_at = :now,
				  updated_at = :now where claim_id = :claimId""")
			.bind("claimId", claimId)
			.bind("policyId", policyId)
			.bind("payerId", payerId)
			.bind("payerName", payerName)
			.bind("now", now)
			.then();
	}

	Mono<Void> transmitted(UUID claimId, Instant now) {
		return this.database.sql("update claim set transmitted_at = :now, updated_at = :now where claim_id = :claimId")
			.bind("claimId", claimId)
			.bind("now", now)
			.then();
	}

	Mono<Void> acknowledged(UUID claimId, @Nullable String payerClaimNumber, Instant now) {
		return this.database.sql("""
				update claim set status = 'acknowledged', payer_claim_number = :payerClaimNumber, updated_at = :now
				where claim_id = :claimId""")
			.bind("claimId", claimId)
			.bind("payerClaimNumber", Parameter.fromOrEmpty(payerClaimNumber, String.class))
			.bind("now", now)
			.then();
	}

	Mono<Void> rejected(UUID claimId, String code, String reason, Instant now) {
		return this.database.sql("""
				update claim set status = 'rejected', rejection_code = :code, rejection_reason = :reason,
				  updated_at = :now where claim_id = :claimId""")
			.bind("claimId", claimId)
			.bind("code", code)
			.bind("reason", reason)
			.bind("now", now)
			.then();
	}

	Mono<Void> adjudicated(UUID claimId, String payerClaimNumber, Claim.Remittance remittance, Instant now) {
		return this.database.sql("""
				update claim set status = 'adjudicated', payer_claim_number = :payerClaimNumber,
				  allowed_cents = :allowed, paid_cents = :paid, deductible_cents = :deductible,
				  coinsurance_cents = :coinsurance, patient_responsibility_cents = :patient, denial_codes = :denials,
				  remark_codes = :remarks, decided_at = :now, updated_at = :now where claim_id = :claimId""")
			.bind("claimId", claimId)
			.bind("payerClaimNumber", payerClaimNumber)
			.bind("allowed", remittance.allowedCents())
			.bind("paid", remittance.paidCents())
			.bind("deductible", remittance.deductibleCents())
			.bind("coinsurance", remittance.coinsuranceCents())
			.bind("patient", remittance.patientResponsibilityCents())
			.bind("denials", remittance.denialCodes().toArray(String[]::new))
			.bind("remarks", remittance.remarkCodes().toArray(String[]::new))
			.bind("now", now)
			.then();
	}

	/** Records a timeline step once: whether it is new. */
	Mono<Boolean> step(UUID claimId, String step, Map<String, Object> detail, Instant now) {
		return this.database.sql("""
				insert into claim_step (claim_id, step, occurred_at, detail) values (:claimId, :step, :now, :detail)
				on conflict (claim_id, step) do nothing""")
			.bind("claimId", claimId)
			.bind("step", step)
			.bind("now", now)
			.bind("detail", Json.of(this.json.writeValueAsString(detail)))
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows == 1);
	}

	Mono<List<ClaimStep>> steps(UUID claimId) {
		return this.database.sql(
				"select step, occurred_at, detail from claim_step where claim_id = :claimId order by occurred_at, step")
			.bind("claimId", claimId)
			.map((row) -> new ClaimStep(row.get("step", String.class), row.get("occurred_at", Instant.class),
					this.json.readValue(row.get("detail", Json.class).asString(), DETAIL)))
			.all()
			.collectList();
	}

	/** Keeps a file of the claim once (a redelivered answer has the same digest). */
	Mono<Void> file(UUID claimId, String kind, long controlNumber, String content, Instant now) {
		return this.database.sql("""
				insert into claim_file (claim_file_id, claim_id, kind, control_number, content, digest, created_at)
				values (:id, :claimId, :kind, :control, :content, md5(:content), :now)
				on conflict (claim_id, kind, digest) do nothing""")
			.bind("id", UUID.randomUUID())
			.bind("claimId", claimId)
			.bind("kind", kind)
			.bind("control", controlNumber)
			.bind("content", content)
			.bind("now", now)
			.then();
	}

	Mono<List<ClaimFileView>> files(UUID claimId) {
		return this.database.sql("""
				select claim_file_id, kind, control_number, created_at from claim_file where claim_id = :claimId
				order by created_at, control_number""")
			.bind("claimId", claimId)
			.map((row) -> new ClaimFileView(row.get("claim_file_id", UUID.class), row.get("kind", String.class),
					row.get("control_number", Long.class), row.get("created_at", Instant.class)))
			.all()
			.collectList();
	}

	Mono<String> fileContent(UUID claimId, UUID fileId) {
		return this.database.sql("select content from claim_file where claim_id = :claimId and claim_file_id = :fileId")
			.bind("claimId", claimId)
			.bind("fileId", fileId)
			.map((row) -> row.get("content", String.class))
			.one();
	}

	/** The claim's 837, as sent. */
	Mono<String> submission(UUID claimId) {
		return this.database.sql("""
				select content from claim_file where claim_id = :claimId and kind = '837'
				order by created_at desc limit 1""")
			.bind("claimId", claimId)
			.map((row) -> row.get("content", String.class))
			.one();
	}

	/** The next interchange control number (ISA13): unique and increasing. */
	Mono<Long> nextControlNumber() {
		return this.database.sql("select nextval('x12_interchange_control_number') as next")
			.map((row) -> row.get("next", Long.class))
			.one();
	}

	private static Claim claim(Readable row) {
		Long paid = row.get("paid_cents", Long.class);
		List<String> denials = List.of(row.get("denial_codes", String[].class));
		Claim.Remittance remittance = (paid != null) ? new Claim.Remittance(!denials.isEmpty(),
				row.get("allowed_cents", Long.class), paid, row.get("deductible_cents", Long.class),
				row.get("coinsurance_cents", Long.class), row.get("patient_responsibility_cents", Long.class), denials,
				List.of(row.get("remark_codes", String[].class))) : null;
		return new Claim(row.get("claim_id", UUID.class), row.get("claim_number", String.class),
				row.get("practice_id", UUID.class), row.get("client_id", UUID.class), row.get("charge_id", UUID.class),
				row.get("rendering_account_id", UUID.class),
				PaymentType.valueOf(row.get("payment_type", String.class).toUpperCase(Locale.ROOT)),
				row.get("date_of_service", java.time.LocalDate.class), row.get("cpt", String.class),
				List.of(row.get("modifiers", String[].class)), row.get("place_of_service", String.class),
				row.get("units", Integer.class), row.get("charge_cents", Long.class),
				(row.get("estimate_allowed_cents") != null)
						? new ClaimEstimate(row.get("estimate_allowed_cents", Long.class),
								row.get("estimate_deductible_remaining_cents", Long.class),
								row.get("estimate_coinsurance_basis_points", Integer.class),
								row.get("estimate_reimbursement_cents", Long.class))
						: null,
				ClaimStatus.of(row.get("status", String.class)), List.of(row.get("missing_fields", String[].class)),
				row.get("policy_id", UUID.class), row.get("payer_name", String.class),
				row.get("payer_claim_number", String.class), row.get("rejection_code", String.class),
				row.get("rejection_reason", String.class), remittance, row.get("submitted_at", Instant.class),
				row.get("decided_at", Instant.class), row.get("created_at", Instant.class));
	}

}
