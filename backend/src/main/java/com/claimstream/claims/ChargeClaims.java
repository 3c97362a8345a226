package com.claimstream.claims;

import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import com.claimstream.benefits.ReimbursementEstimates;
import com.claimstream.charge.ClaimsOwed;
import com.claimstream.charge.OwedClaim;
import com.claimstream.client.ClientDirectory;
import com.claimstream.coding.ServiceLine;

/**
 * Opens the one claim a succeeded OON Pay or Claimstream Pay charge owes, inside the
 * transaction that settles the charge, with the estimate the benefit data gives for its
 * service (none when it gives none). The claim bills the charge's first service line.
 */
@Component
class ChargeClaims implements ClaimsOwed {

	private final ClaimService claims;

	private final ClientDirectory clients;

	private final ReimbursementEstimates estimates;

	ChargeClaims(ClaimService claims, ClientDirectory clients, ReimbursementEstimates estimates) {
		this.claims = claims;
		this.clients = clients;
		this.estimates = estimates;
	}

	@Override
	public Mono<Void> owed(OwedClaim owed) {
		ServiceLine line = owed.lines().get(0);
		return this.clients.find(owed.practiceId(), owed.clientId())
			.flatMap((client) -> this.estimates.estimate(client, line.cpt(), owed.feeCents()))
			.map((inputs) -> new ClaimEstimate(inputs.allowedCents(), inputs.deductibleRemainingCents(),
					inputs.coinsurance().basisPoints(), inputs.reimbursementCents()))
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((estimate) -> this.claims.open(new ClaimRequest(owed.practiceId(), owed.clientId(),
					owed.chargeId(), owed.clinicianId(), owed.paymentType(), owed.dateOfService(), line.cpt(),
					List.of(), owed.placeOfService(), line.units(), owed.feeCents(), estimate.orElse(null))))
			.then();
	}

}
