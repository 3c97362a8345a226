package com.claimstream.charge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import com.claimstream.benefits.ReimbursementEstimates;
import com.claimstream.charge.IdempotentRequests.Begun;
import com.claimstream.client.ClientRef;
import com.claimstream.client.ClientService;
import com.claimstream.client.PaymentType;
import com.claimstream.client.PaymentTypeGate;
import com.claimstream.coding.ClientDiagnoses;
import com.claimstream.coding.Diagnosis;
import com.claimstream.coding.ServiceCatalog;
import com.claimstream.coding.ServiceLine;
import com.claimstream.common.FieldError;
import com.claimstream.common.Pricing;
import com.claimstream.common.Pricing.SessionPrice;
import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.payment.ChargeableCards;
import com.claimstream.payment.ChargeableCards.ChargeableCard;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * Charges (PRODUCT §11): created once per {@code Idempotency-Key} for the practice's
 * members who see the client, never for a removed client, only with an eligible payment
 * type (no-show, late cancellation and miscellaneous always Self-Pay), priced by
 * {@link Pricing}; listed for the practice and, without the clinician's figures, for the
 * client.
 */
@Service
class ChargeService {

	private static final long MAX_FEE_CENTS = 10_000_000;

	private static final String OPERATION = "POST /api/clients/{clientId}/charges";

	private final ChargeRepository charges;

	private final IdempotentRequests requests;

	private final ChargeSettlement settlement;

	private final ClientService clients;

	private final PaymentTypeGate paymentTypes;

	private final ReimbursementEstimates estimates;

	private final ChargeableCards cards;

	private final ServiceCatalog catalog;

	private final ClientDiagnoses diagnoses;

	private final Clinicians clinicians;

	private final EventLog events;

	private final OwnTransactions transaction;

	private final JsonMapper json;

	private final Clock clock;

	ChargeService(ChargeRepository charges, IdempotentRequests requests, ChargeSettlement settlement,
			ClientService clients, PaymentTypeGate paymentTypes, ReimbursementEstimates estimates,
			ChargeableCards cards, ServiceCatalog catalog, ClientDiagnoses diagnoses, Clinicians clinicians,
			EventLog events, OwnTransactions transaction, JsonMapper json, Clock clock) {
		this.charges = charges;
		this.requests = requests;
		this.settlement = settlement;
		this.clients = clients;
		this.paymentTypes = paymentTypes;
		this.estimates = estimates;
		this.cards = cards;
		this.catalog = catalog;
		this.diagnoses = diagnoses;
		this.clinicians = clinicians;
		this.events = events;
		this.transaction = transaction;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Creates the charge, or answers what the first request with this key answered. The
	 * key is claimed in the transaction that validates the request and commits the charge
	 * in {@code processing}; a refused request leaves neither behind.
	 */
	Mono<ChargeAnswer> create(CurrentPrincipal principal, UUID clientId, String key, ChargeRequest request) {
		byte[] hash = hash(clientId, request);
		return this.transaction
			.committed(this.requests.begin(principal.accountId(), key, OPERATION, hash)
				.flatMap((begun) -> (begun instanceof Begun.Fresh fresh)
						? start(principal, clientId, request, fresh.chargeId()).<Object>map(Started::new)
						: Mono.<Object>just(begun)))
			.flatMap((step) -> {
				if (step instanceof Started started) {
					return this.settlement.complete(started.charge());
				}
				return (step instanceof Begun.Replay replay) ? Mono.just(replay.answer())
						: this.settlement.complete(((Begun.Resume) step).chargeId());
			});
	}

	/** The new charge, committed in {@code processing}. */
	private record Started(Charge charge) {
	}

	Flux<ChargeView> list(CurrentPrincipal principal, UUID clientId) {
		return this.clients.reference(principal, clientId, false)
			.flatMapMany((client) -> this.charges.ofClient(client.practiceId(), client.clientId()))
			.map((charge) -> charge.view(principal.isPracticeMember()));
	}

	/**
	 * What a charge of this fee and type would move, exactly as it would be charged: the
	 * form shows it before the charge is confirmed.
	 */
	Mono<SessionPrice> price(CurrentPrincipal principal, UUID clientId, String paymentType, @Nullable Long feeCents,
			String cpt) {
		return this.clients.reference(principal, clientId, false).flatMap((client) -> {
			List<FieldError> errors = new ArrayList<>();
			PaymentType type = PaymentType.fromWire(paymentType)
				.filter((candidate) -> candidate != PaymentType.SUPERBILL)
				.orElse(null);
			if (type == null) {
				errors.add(new FieldError("paymentType", "Choose self_pay, oon_pay or claimstream_pay"));
			}
			if (feeCents == null || feeCents < 1 || feeCents > MAX_FEE_CENTS) {
				errors.add(new FieldError("amountCents", "Enter an amount from $0.01 to $100,000.00"));
			}
			return errors.isEmpty() ? price(client, type, feeCents, cpt) : Mono.error(ProblemException.invalid(errors));
		});
	}

	private Mono<Charge> start(CurrentPrincipal principal, UUID clientId, ChargeRequest request, UUID chargeId) {
		ChargeType chargeType = ChargeType.fromWire(String.valueOf(request.chargeType())).orElseThrow();
		PaymentType paymentType = PaymentType.fromWire(String.valueOf(request.paymentType())).orElseThrow();
		List<ServiceLine> lines = List.copyOf(request.lines());
		return this.clients.reference(principal, clientId, true)
			.flatMap((client) -> Mono
				.zip(card(client, request.paymentMethodId()),
						this.clinicians.provides(client.practiceId(), request.clinicianId()),
						this.diagnoses.list(client.practiceId(), client.clientId()).collectList())
				.flatMap((found) -> {
					List<String> onFile = found.getT3().stream().map(Diagnosis::code).toList();
					List<String> chosen = (request.diagnoses() != null) ? request.diagnoses()
							: onFile.stream().limit(ClientDiagnoses.MAX).toList();
					List<FieldError> errors = errors(request, chargeType, paymentType, found.getT2(), onFile, chosen);
					if (found.getT1().isEmpty()) {
						errors.add(new FieldError("paymentMethodId", "Choose one of the client's cards"));
					}
					if (!errors.isEmpty()) {
						return Mono.error(ProblemException.invalid(errors));
					}
					ChargeableCard card = found.getT1().get(0);
					return eligible(client, paymentType)
						.then(price(client, paymentType, request.amountCents(), lines.get(0).cpt()))
						.flatMap((price) -> {
							if (price.clientChargeCents() == 0) {
								return Mono.error(ProblemException.invalid(List.of(new FieldError("amountCents",
										"Claimstream Pay leaves nothing to charge the client for this session"))));
							}
							Charge charge = new Charge(chargeId, client.practiceId(), client.clientId(),
									request.clinicianId(), card.id(), card.brand(), card.last4(), paymentType,
									chargeType, request.dateOfService(), lines,
									String.valueOf(request.placeOfService()), request.durationMinutes(), chosen, price,
									ChargeStatus.PROCESSING, null, false, this.clock.instant());
							return this.charges.insert(charge, principal.accountId())
								.then(this.events.append(new NewEvent("payment.started", client.practiceId(),
										client.audience(), "charge", chargeId, ChargeSettlement.eventData(charge))))
								.thenReturn(charge);
						});
				}));
	}

	private List<FieldError> errors(ChargeRequest request, ChargeType chargeType, PaymentType paymentType,
			boolean clinicianKnown, List<String> onFile, List<String> chosen) {
		List<FieldError> errors = new ArrayList<>(
				this.catalog.check(request.lines(), String.valueOf(request.placeOfService()), List.of()));
		if (chargeType.alwaysSelfPay() && paymentType != PaymentType.SELF_PAY) {
			errors.add(new FieldError("paymentType",
					"No-show, late cancellation and miscellaneous charges are always Self-Pay"));
		}
		if (!clinicianKnown) {
			errors.add(new FieldError("clinicianId", "Choose a clinician of this practice"));
		}
		if (request.dateOfService().isAfter(LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).plusDays(1))) {
			errors.add(new FieldError("dateOfService", "The date of service cannot be in the future"));
		}
		for (int i = 0; i < chosen.size(); i++) {
			if (!onFile.contains(chosen.get(i))) {
				errors.add(new FieldError("diagnoses[" + i + "]", "Choose a diagnosis from the client's list"));
			}
		}
		if (paymentType != PaymentType.SELF_PAY && chosen.isEmpty() && !onFile.isEmpty()) {
			errors.add(new FieldError("diagnoses", "An insured charge needs at least one diagnosis"));
		}
		return errors;
	}

	private Mono<List<ChargeableCard>> card(ClientRef client, UUID paymentMethodId) {
		return this.cards.active(client.practiceId(), client.clientId(), paymentMethodId).flux().collectList();
	}

	private Mono<Void> eligible(ClientRef client, PaymentType type) {
		return (type == PaymentType.SELF_PAY) ? Mono.empty()
				: this.paymentTypes.requireEligible(client.practiceId(), client.clientId(), type);
	}

	private Mono<SessionPrice> price(ClientRef client, PaymentType type, long feeCents, String cpt) {
		if (type != PaymentType.CLAIMSTREAM_PAY) {
			return Mono.just(Pricing.atSession(feeCents));
		}
		return this.estimates.expected(client, cpt, feeCents)
			.map((expected) -> Pricing.claimstreamPayAtSession(feeCents, expected))
			.switchIfEmpty(Mono.error(() -> new ProblemException(Problem.ESTIMATE_UNAVAILABLE,
					"The expected reimbursement for this session is not known; check the client's benefits",
					Map.of("paymentType", type.wire()))));
	}

	/** The request's fingerprint: the operation, the client and the body as parsed. */
	private byte[] hash(UUID clientId, ChargeRequest request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(clientId.toString().getBytes(StandardCharsets.UTF_8));
			digest.update(this.json.writeValueAsBytes(request));
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
