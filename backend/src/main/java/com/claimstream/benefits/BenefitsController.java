package com.claimstream.benefits;

import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.client.ClientRef;
import com.claimstream.client.ClientService;
import com.claimstream.security.CurrentPrincipal;

/**
 * A client's benefits, as the practice works with them ({@code /api/clients/{id}}) and as
 * the client sees their own ({@code /api/portal/connections/{id}}): checks, manual
 * verification (completed by administrators only, see SecurityConfiguration), the summary
 * and payment types.
 */
@RestController
class BenefitsController {

	private static final String PRACTICE = "/api/clients/{clientId}";

	private static final String PORTAL = "/api/portal/connections/{clientId}";

	private final ClientService clients;

	private final BenefitCheckService checks;

	private final BenefitsSummaryService summaries;

	private final PaymentTypeService paymentTypes;

	private final UsualSessions usualSessions;

	BenefitsController(ClientService clients, BenefitCheckService checks, BenefitsSummaryService summaries,
			PaymentTypeService paymentTypes, UsualSessions usualSessions) {
		this.clients = clients;
		this.checks = checks;
		this.summaries = summaries;
		this.paymentTypes = paymentTypes;
		this.usualSessions = usualSessions;
	}

	@PostMapping(PRACTICE + "/benefit-checks")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<BenefitCheckView> start(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.clients.reference(principal, clientId, true)
			.flatMap((client) -> this.checks.start(client, principal.accountId()));
	}

	@GetMapping({ PRACTICE + "/benefit-checks", PORTAL + "/benefit-checks" })
	Flux<BenefitCheckView> list(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.clients.reference(principal, clientId, false).flatMapMany(this.checks::list);
	}

	@PostMapping({ PRACTICE + "/benefit-checks/{checkId}/manual-request",
			PORTAL + "/benefit-checks/{checkId}/manual-request" })
	Mono<BenefitCheckView> requestManual(@AuthenticationPrincipal CurrentPrincipal principal,
			@PathVariable UUID clientId, @PathVariable UUID checkId) {
		return this.clients.reference(principal, clientId, true)
			.flatMap((client) -> this.checks.requestManual(client, checkId, principal.accountId()));
	}

	@PostMapping(PRACTICE + "/benefit-checks/{checkId}/verification")
	Mono<BenefitCheckView> verify(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@PathVariable UUID checkId, @Valid @RequestBody VerificationRequest request) {
		return this.clients.reference(principal, clientId, true)
			.flatMap((client) -> this.checks.verify(client, checkId, request, principal.accountId()));
	}

	@PostMapping(PRACTICE + "/benefit-checks/{checkId}/unverifiable")
	Mono<BenefitCheckView> unverifiable(@AuthenticationPrincipal CurrentPrincipal principal,
			@PathVariable UUID clientId, @PathVariable UUID checkId, @Valid @RequestBody UnverifiableRequest request) {
		return this.clients.reference(principal, clientId, true)
			.flatMap((client) -> this.checks.unverifiable(client, checkId, request.reason(), principal.accountId()));
	}

	@GetMapping({ PRACTICE + "/benefits", PORTAL + "/benefits" })
	Mono<BenefitsSummary> summary(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@RequestParam(required = false) @Nullable String cpt,
			@RequestParam(required = false) @Nullable String feeCents) {
		boolean asked = StringUtils.hasText(cpt) || StringUtils.hasText(feeCents);
		return Mono.fromCallable(() -> SummaryQuery.of(cpt, feeCents))
			.flatMap((query) -> this.clients.reference(principal, clientId, false)
				.flatMap((client) -> (asked ? Mono.just(query) : usualSession(client))
					.flatMap((session) -> this.summaries.summary(client, session.cpt(), session.feeCents()))));
	}

	/**
	 * The client's usual session from the charging profile; the usual CPT where it sets
	 * none.
	 */
	private Mono<SummaryQuery> usualSession(ClientRef client) {
		return this.usualSessions.of(client)
			.map((usual) -> new SummaryQuery((usual.cpt() != null) ? usual.cpt() : UsualService.DEFAULT_CPT,
					usual.feeCents()));
	}

	@GetMapping({ PRACTICE + "/payment-types", PORTAL + "/payment-types" })
	Mono<PaymentTypesView> paymentTypes(@AuthenticationPrincipal CurrentPrincipal principal,
			@PathVariable UUID clientId) {
		return this.clients.reference(principal, clientId, false)
			.flatMap((client) -> this.paymentTypes.options(client, !principal.isPracticeMember()));
	}

	@PutMapping({ PRACTICE + "/payment-type", PORTAL + "/payment-type" })
	Mono<PaymentTypesView> choose(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@Valid @RequestBody PaymentTypeRequest request) {
		return Mono.fromCallable(request::type)
			.flatMap((type) -> this.clients.reference(principal, clientId, true)
				.flatMap((client) -> this.paymentTypes.choose(client, type, !principal.isPracticeMember(),
						principal.accountId())));
	}

}
