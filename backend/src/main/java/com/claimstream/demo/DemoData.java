package com.claimstream.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.claimstream.claims.ClaimEstimate;
import com.claimstream.claims.ClaimRequest;
import com.claimstream.claims.ClaimService;
import com.claimstream.client.ClientProfile;
import com.claimstream.client.ClientService;
import com.claimstream.client.PaymentType;
import com.claimstream.practice.PracticeService;
import com.claimstream.practice.PracticeSignUpRequest;
import com.claimstream.security.AccountSummary;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.TwoFactorService;

/**
 * Seeds the demo practice once (its data directory keeps it across restarts) and prints
 * its sign-in at every start.
 */
@Component
@Profile("demo")
class DemoData implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(DemoData.class);

	static final String PRACTICE = "Lakeside Counseling";

	static final String EMAIL = "demo@claimstream.test";

	static final String PASSWORD = "lakeside-demo-2026";

	/**
	 * The demo administrator's TOTP secret (base32), documented in the README; the dev
	 * mailbox page shows its current code.
	 */
	static final String TOTP_SECRET = "LAKESIDEDEMOTWOFACTORSECRETKEYAA";

	private final PracticeService practices;

	private final ClientService clients;

	private final TwoFactorService twoFactor;

	private final ClaimService claims;

	private final String publicUrl;

	private volatile @Nullable Disposable seeding;

	DemoData(PracticeService practices, ClientService clients, TwoFactorService twoFactor, ClaimService claims,
			@Value("${claimstream.public-url}") String publicUrl) {
		this.practices = practices;
		this.clients = clients;
		this.twoFactor = twoFactor;
		this.claims = claims;
		this.publicUrl = publicUrl;
	}

	@Override
	public void start() {
		this.seeding = this.practices.findByName(PRACTICE)
			.hasElement()
			.flatMap((seeded) -> seeded ? Mono.empty() : seed())
			.subscribe((ignored) -> {
			}, (ex) -> logger.error("Could not seed the demo practice", ex), this::announce);
	}

	private Mono<Void> seed() {
		return this.practices.seed(new PracticeSignUpRequest(PRACTICE, "Dr. Maya Chen", EMAIL, PASSWORD))
			.flatMap((admin) -> this.twoFactor.enrolKnownSecret(admin.id(), TOTP_SECRET).thenReturn(admin))
			.zipWhen((admin) -> this.practices.findByName(PRACTICE))
			.map((seeded) -> principal(seeded.getT1(), seeded.getT2()))
			.flatMap((admin) -> Flux.fromIterable(demoClients())
				.concatMap((client) -> this.clients.add(admin, client))
				.collectList()
				.flatMap((added) -> this.claims.open(firstClaim(admin, added.get(0).id()))))
			.then();
	}

	/**
	 * A paid session's claim for the first client, as a charge opens it (charges come
	 * with issue 6): it waits for the practice profile, the client's insurance and a
	 * diagnosis, then moves through its timeline live (docs/sandbox-clearinghouse.md).
	 */
	private static ClaimRequest firstClaim(CurrentPrincipal admin, UUID clientId) {
		return new ClaimRequest(admin.requirePracticeId(), clientId, UUID.randomUUID(), admin.accountId(),
				PaymentType.OON_PAY, LocalDate.now(ZoneOffset.UTC).minusDays(7), "90837", List.of(), "11", 1, 20_000,
				new ClaimEstimate(15_000, 0, 2_000, 12_000));
	}

	private static CurrentPrincipal principal(AccountSummary admin, UUID practiceId) {
		return new CurrentPrincipal(admin.id(), UUID.randomUUID(), admin.role(), practiceId, admin.name(),
				admin.email());
	}

	private void announce() {
		logger.info("""

				  Claimstream demo is ready at %s/app
				  Sign in as %s with password %s; the two-factor code is on %s/dev/mailbox
				  (Demo authenticator), or add the key %s to an authenticator app
				  Sent mail (invitations) lands in the dev mailbox: %s/dev/mailbox
				""".formatted(this.publicUrl, EMAIL, PASSWORD, this.publicUrl, TOTP_SECRET, this.publicUrl));
	}

	private static List<ClientProfile> demoClients() {
		return List.of(client("Jordan", "Rivera", "jordan.rivera@example.com"),
				client("Priya", "Shah", "priya.shah@example.com"), client("Sam", "Okafor", "sam.okafor@example.com"));
	}

	private static ClientProfile client(String first, String last, String email) {
		return new ClientProfile(first, last, email, null, null, null, null, null, null, null, null, "America/New_York",
				null, null, null, null, null);
	}

	@Override
	public void stop() {
		Disposable current = this.seeding;
		if (current != null) {
			current.dispose();
		}
	}

	@Override
	public boolean isRunning() {
		return this.seeding != null;
	}

}
