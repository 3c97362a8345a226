package com.claimstream.benefits;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import com.claimstream.benefits.EligibilityResponse.OonBenefits;

@Repository
class BenefitCheckRepository {

	private static final String COLUMNS = """
			c.*, coalesce((select jsonb_object_agg(a.cpt, a.allowed_cents) from benefit_check_allowed_amount a
			  where a.benefit_check_id = c.benefit_check_id), '{}'::jsonb)::text as allowed""";

	private final DatabaseClient database;

	private final JsonMapper json;

	BenefitCheckRepository(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	Mono<Void> insert(BenefitCheck check, @Nullable UUID startedBy) {
		return this.database.sql("""
				insert into benefit_check (benefit_check_id, practice_id, client_id, policy_id, payer_id, payer_name,
				  status, started_by, created_at, updated_at)
				values (:id, :practiceId, :clientId, :policyId, :payerId, :payerName, :status, :startedBy, :now, :now)
				""")
			.bind("id", check.id())
			.bind("practiceId", check.practiceId())
			.bind("clientId", check.clientId())
			.bind("policyId", check.policyId())
			.bind("payerId", check.payerId())
			.bind("payerName", check.payerName())
			.bind("status", check.status().wire())
			.bind("startedBy", Parameter.fromOrEmpty(startedBy, UUID.class))
			.bind("now", check.createdAt())
			.then();
	}

	/** The client's checks, newest first. */
	Flux<BenefitCheck> list(UUID practiceId, UUID clientId) {
		return this.database.sql("select " + COLUMNS + """
				 from benefit_check c where c.practice_id = :practiceId and c.client_id = :clientId
				order by c.created_at desc, c.benefit_check_id
				""").bind("practiceId", practiceId).bind("clientId", clientId).map(this::check).all();
	}

	Mono<BenefitCheck> latest(UUID practiceId, UUID clientId) {
		return list(practiceId, clientId).collectList()
			.flatMap((checks) -> checks.isEmpty() ? Mono.empty() : Mono.just(checks.get(0)));
	}

	/** One check of the client, locked until the transaction ends. */
	Mono<BenefitCheck> lock(UUID practiceId, UUID clientId, UUID checkId) {
		return this.database.sql("select " + COLUMNS + """
				 from benefit_check c where c.practice_id = :practiceId and c.client_id = :clientId
				and c.benefit_check_id = :id for update of c""")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.bind("id", checkId)
			.map(this::check)
			.one();
	}

	/**
	 * Claims the oldest running check no instance is working on, until {@code until}; a
	 * claim left by a stopped instance runs out and the check is picked up again.
	 */
	Mono<BenefitCheck> claimRunning(Instant now, Instant until) {
		return this.database.sql("""
				update benefit_check set claimed_until = :until, attempts = attempts + 1
				where benefit_check_id = (select benefit_check_id from benefit_check
				  where status = 'running' and (claimed_until is null or claimed_until < :now)
				  order by created_at limit 1 for update skip locked)
				returning practice_id, client_id, benefit_check_id""")
			.bind("now", now)
			.bind("until", until)
			.map((row) -> new Claimed(row.get("practice_id", UUID.class), row.get("client_id", UUID.class),
					row.get("benefit_check_id", UUID.class)))
			.one()
			.flatMap((claimed) -> this.database
				.sql("select " + COLUMNS + " from benefit_check c where c.benefit_check_id = :id")
				.bind("id", claimed.checkId())
				.map(this::check)
				.one());
	}

	private record Claimed(UUID practiceId, UUID clientId, UUID checkId) {
	}

	/** Records the numbers and the state a check moved to. */
	Mono<Void> update(BenefitCheck check, Instant now) {
		BenefitNumbers n = check.numbers();
		GenericExecuteSpec spec = this.database.sql("""
				update benefit_check set status = :status, claimed_until = null, active_coverage = :active,
				  oon_benefits = :oon, deductible_total_cents = :deductibleTotal, deductible_met_cents = :deductibleMet,
				  coinsurance_basis_points = :coinsurance, oop_max_total_cents = :oopTotal, oop_max_met_cents = :oopMet,
				  missing_fields = :missing, rejection_code = :rejectionCode, rejection_reason = :rejectionReason,
				  carved_out_to = :carvedOutTo, unverifiable_reason = :unverifiable, completed_at = :completedAt,
				  manual_requested_at = :manualAt, verified_at = :verifiedAt, updated_at = :now
				where benefit_check_id = :id""")
			.bind("id", check.id())
			.bind("status", check.status().wire())
			.bind("active", Parameter.fromOrEmpty(n.activeCoverage(), Boolean.class))
			.bind("oon", n.oonBenefits().wire())
			.bind("deductibleTotal", Parameter.fromOrEmpty(n.deductibleTotalCents(), Long.class))
			.bind("deductibleMet", Parameter.fromOrEmpty(n.deductibleMetCents(), Long.class))
			.bind("coinsurance", Parameter.fromOrEmpty(n.coinsuranceBasisPoints(), Integer.class))
			.bind("oopTotal", Parameter.fromOrEmpty(n.oopMaxTotalCents(), Long.class))
			.bind("oopMet", Parameter.fromOrEmpty(n.oopMaxMetCents(), Long.class))
			.bind("missing", check.missingFields().toArray(String[]::new))
			.bind("rejectionCode", Parameter.fromOrEmpty(check.rejectionCode(), String.class))
			.bind("rejectionReason", Parameter.fromOrEmpty(check.rejectionReason(), String.class))
			.bind("carvedOutTo", Parameter.fromOrEmpty(check.carvedOutTo(), String.class))
			.bind("unverifiable", Parameter.fromOrEmpty(check.unverifiableReason(), String.class))
			.bind("completedAt", Parameter.fromOrEmpty(check.completedAt(), Instant.class))
			.bind("manualAt", Parameter.fromOrEmpty(check.manualRequestedAt(), Instant.class))
			.bind("verifiedAt", Parameter.fromOrEmpty(check.verifiedAt(), Instant.class))
			.bind("now", now);
		return spec.then()
			.then(this.database.sql("delete from benefit_check_allowed_amount where benefit_check_id = :id")
				.bind("id", check.id())
				.then())
			.thenMany(Flux.fromIterable(n.allowedCentsByCpt().entrySet())
				.concatMap((allowed) -> this.database.sql("""
						insert into benefit_check_allowed_amount (benefit_check_id, cpt, allowed_cents)
						values (:id, :cpt, :cents)""")
					.bind("id", check.id())
					.bind("cpt", allowed.getKey())
					.bind("cents", allowed.getValue())
					.then()))
			.then();
	}

	/** Records who asked for manual verification. */
	Mono<Void> recordRequester(UUID checkId, UUID accountId) {
		return this.database.sql("update benefit_check set manual_requested_by = :by where benefit_check_id = :id")
			.bind("by", accountId)
			.bind("id", checkId)
			.then();
	}

	/** Records the administrator who verified the check or found it unverifiable. */
	Mono<Void> recordVerifier(UUID checkId, UUID accountId) {
		return this.database.sql("update benefit_check set verified_by = :by where benefit_check_id = :id")
			.bind("by", accountId)
			.bind("id", checkId)
			.then();
	}

	private BenefitCheck check(Readable row) {
		@SuppressWarnings("unchecked")
		Map<String, Number> allowed = this.json.readValue(row.get("allowed", String.class), Map.class);
		Map<String, Long> cents = new TreeMap<>();
		allowed.forEach((cpt, amount) -> cents.put(cpt, amount.longValue()));
		String oon = row.get("oon_benefits", String.class);
		String[] missing = row.get("missing_fields", String[].class);
		BenefitNumbers numbers = new BenefitNumbers(row.get("active_coverage", Boolean.class),
				(oon != null) ? OonBenefits.valueOf(oon.toUpperCase(Locale.ROOT)) : OonBenefits.UNKNOWN,
				row.get("deductible_total_cents", Long.class), row.get("deductible_met_cents", Long.class),
				row.get("coinsurance_basis_points", Integer.class), row.get("oop_max_total_cents", Long.class),
				row.get("oop_max_met_cents", Long.class), Map.copyOf(cents));
		return new BenefitCheck(row.get("benefit_check_id", UUID.class), row.get("practice_id", UUID.class),
				row.get("client_id", UUID.class), row.get("policy_id", UUID.class), row.get("payer_id", String.class),
				row.get("payer_name", String.class), BenefitCheckStatus.of(row.get("status", String.class)), numbers,
				(missing != null) ? List.copyOf(Arrays.asList(missing)) : List.of(),
				row.get("rejection_code", String.class), row.get("rejection_reason", String.class),
				row.get("carved_out_to", String.class), row.get("unverifiable_reason", String.class),
				row.get("created_at", Instant.class), row.get("completed_at", Instant.class),
				row.get("manual_requested_at", Instant.class), row.get("verified_at", Instant.class));
	}

}
