package com.claimstream.insurance;

import java.util.List;

/**
 * An insurer of the catalog.
 *
 * @param id stable catalog id, kept on policies
 * @param aliases other names people use for it, matched case-insensitively
 * @param sandboxPayerId the payer id (X12 NM109) the eligibility and claim sandboxes know
 * it by
 * @param supportsClaimstreamPay whether Claimstream Pay may be offered for its policies
 * (PRODUCT §9)
 */
public record Payer(String id, String name, List<String> aliases, String sandboxPayerId,
		boolean supportsClaimstreamPay) {

}
