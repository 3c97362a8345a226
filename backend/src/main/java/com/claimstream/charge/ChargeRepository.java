package com.claimstream.charge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import com.claimstream.client.PaymentType;
import com.claimstream.coding.ServiceLine;
import com.claimstream.common.Pricing.SessionPrice;
import com.claimstream.payment.DeclineReason;

@Repository
class ChargeRepository {

	private static final TypeReference<List<ServiceLine>> LINES = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			charge_id, practice_id, client_id, clinician_account_id, payment_method_id, card_brand, card_last4,
			payment_type, charge_type, date_of_service, service_lines, place_of_service, duration_minutes, diagnoses,
			fee_cents, client_charge_cents, processing_fee_cents, clinician_net_cents, platform_fee_cents,
			advance_cents, status, decline_reason, claim_owed, created_at""";

	private final DatabaseClient database;

	private final JsonMapper json;

	ChargeRepository(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	Mono<Void> insert(Charge charge, UUID createdBy) {
		SessionPrice price = charge.price();
		return this.database.sql("""
				insert into charge (charge_id, practice_id, client_id, clinician_account_id, payment_method_id,
				  card_brand, card_last4, payment_type, charge_type, date_of_service, service_lines, place_of_service,
				  duration_minutes, diagnoses, fee_cents, client_charge_cents, processing_fee_cents,
				  clinician_net_cents, platform_fee_cents, advance_cents, status, created_by, created_at)
				values (:id, :practice, :client, :clinician, :card, :brand, :last4, :paymentType, :chargeType, :date,
				  :lines, :place, :duration, :diagnoses, :fee, :clientCharge, :processingFee, :net, :platformFee,
				  :advance, 'processing', :by, :now)
				""")
			.bind("id", charge.id())
			.bind("practice", charge.practiceId())
			.bind("client", charge.clientId())
			.bind("clinician", charge.clinicianId())
			.bind("card", charge.paymentMethodId())
			.bind("brand", charge.cardBrand())
			.bind("last4", charge.cardLast4())
			.bind("paymentType", charge.paymentType().wire())
			.bind("chargeType", charge.chargeType().wire())
			.bind("date", charge.dateOfService())
			.bind("lines", Json.of(this.json.writeValueAsString(charge.lines())))
			.bind("place", charge.placeOfService())
			.bind("duration", Parameter.fromOrEmpty(charge.durationMinutes(), Integer.class))
			.bind("diagnoses", charge.diagnoses().toArray(String[]::new))
			.bind("fee", price.feeCents())
			.bind("clientCharge", price.clientChargeCents())
			.bind("processingFee", price.processingFeeCents())
			.bind("net", price.clinicianNetCents())
			.bind("platformFee", price.platformFeeCents())
			.bind("advance", price.advanceCents())
			.bind("by", createdBy)
			.bind("now", charge.createdAt())
			.then();
	}

	Mono<Charge> find(UUID chargeId) {
		return this.database.sql("select " + COLUMNS + " from charge where charge_id = :id")
			.bind("id", chargeId)
			.map(this::read)
			.one();
	}

	/**
	 * Settles a charge still processing with the processor's result; empty when someone
	 * settled it first (the row lock makes the second settler wait, then find nothing).
	 */
	Mono<Charge> settle(UUID chargeId, @Nullable String processorChargeId, @Nullable DeclineReason decline,
			Instant now) {
		boolean succeeded = decline == null;
		return this.database.sql("""
				update charge set status = :status, decline_reason = :decline, processor_charge_id = :processorId,
				  claim_owed = (:succeeded and payment_type in ('oon_pay', 'claimstream_pay')), settled_at = :now
				where charge_id = :id and status = 'processing'
				returning\s""" + COLUMNS)
			.bind("id", chargeId)
			.bind("status", (succeeded ? ChargeStatus.SUCCEEDED : ChargeStatus.FAILED).wire())
			.bind("decline", Parameter.fromOrEmpty((decline != null) ? decline.wire() : null, String.class))
			.bind("processorId", Parameter.fromOrEmpty(processorChargeId, String.class))
			.bind("succeeded", succeeded)
			.bind("now", now)
			.map(this::read)
			.all()
			.singleOrEmpty();
	}

	/** The client's charges, newest first. */
	Flux<Charge> ofClient(UUID practiceId, UUID clientId) {
		return this.database.sql("select " + COLUMNS + """
				 from charge where practice_id = :practice and client_id = :client
				order by created_at desc, charge_id limit 200
				""").bind("practice", practiceId).bind("client", clientId).map(this::read).all();
	}

	private Charge read(Readable row) {
		String decline = row.get("decline_reason", String.class);
		Short duration = row.get("duration_minutes", Short.class);
		return new Charge(row.get("charge_id", UUID.class), row.get("practice_id", UUID.class),
				row.get("client_id", UUID.class), row.get("clinician_account_id", UUID.class),
				row.get("payment_method_id", UUID.class), row.get("card_brand", String.class),
				row.get("card_last4", String.class),
				PaymentType.fromWire(row.get("payment_type", String.class)).orElseThrow(),
				ChargeType.fromWire(row.get("charge_type", String.class)).orElseThrow(),
				row.get("date_of_service", LocalDate.class),
				this.json.readValue(row.get("service_lines", Json.class).asString(), LINES),
				row.get("place_of_service", String.class), (duration != null) ? Integer.valueOf(duration) : null,
				List.of(row.get("diagnoses", String[].class)),
				new SessionPrice(row.get("fee_cents", Long.class), row.get("client_charge_cents", Long.class),
						row.get("processing_fee_cents", Long.class), row.get("clinician_net_cents", Long.class),
						row.get("platform_fee_cents", Long.class), row.get("advance_cents", Long.class)),
				ChargeStatus.of(row.get("status", String.class)), nullableDecline(decline),
				row.get("claim_owed", Boolean.class), row.get("created_at", Instant.class));
	}

	private static @Nullable DeclineReason nullableDecline(@Nullable String wire) {
		return (wire != null) ? DeclineReason.of(wire) : null;
	}

}
