package com.claimstream.insurance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.client.ClientRef;
import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;
import com.claimstream.upload.FileType;
import com.claimstream.upload.Uploads;

/**
 * The front and back images of a policy's card: PDF, JPEG or PNG up to 10 MB, told by
 * content, sealed at rest under a context naming the policy and side, and served only as
 * an attachment to those who may see the client's insurance.
 */
@Service
class CardImages {

	static final Set<String> SIDES = Set.of("front", "back");

	private static final Set<FileType> CARD_TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG);

	private final PolicyRepository policies;

	private final InsuranceAccess access;

	private final Uploads uploads;

	private final EventLog events;

	private final TransactionalOperator transaction;

	CardImages(PolicyRepository policies, InsuranceAccess access, Uploads uploads, EventLog events,
			TransactionalOperator transaction) {
		this.policies = policies;
		this.access = access;
		this.uploads = uploads;
		this.events = events;
		this.transaction = transaction;
	}

	/**
	 * Receives the image of one side (checked before the body is read: who may change it,
	 * and that a policy exists) and replaces the one before; the file before is deleted
	 * once the replacement committed, the new one if it did not.
	 */
	Mono<CardView> upload(CurrentPrincipal principal, UUID clientId, String side, Flux<PartEvent> parts,
			@Nullable Long contentLength, Instant now) {
		return checkSide(side).then(this.access.toChange(principal, clientId))
			.flatMap(this::policyOf)
			.flatMap((policy) -> this.uploads.receive(parts, contentLength, CARD_TYPES)
				.flatMap((file) -> this.transaction.transactional(this.uploads.store(file, context(policy.id(), side))
					.flatMap((key) -> this.uploads.deleteUnlessCommitted(key)
						.thenReturn(new StoredCard(side, key, file.type().name(), file.size(), now)))
					.flatMap((card) -> this.access.toChange(principal, clientId)
						.flatMap((client) -> replace(client, policy.id(), card, principal.accountId()))
						.thenReturn(card.view())))));
	}

	Mono<ResponseEntity<byte[]>> download(CurrentPrincipal principal, UUID clientId, String side) {
		return checkSide(side).then(this.access.toRead(principal, clientId))
			.flatMap((client) -> this.policies.find(client.practiceId(), client.clientId()))
			.flatMap((policy) -> this.policies.cards(policy.id())
				.filter((card) -> card.side().equals(side))
				.next()
				.flatMap((card) -> this.uploads.read(card.storageKey(), context(policy.id(), side))
					.map((content) -> Uploads.download(content, FileType.valueOf(card.fileType()),
							"insurance-card-" + side))))
			.switchIfEmpty(NotFound.error());
	}

	/** Removes the image of one side; its file goes once the removal committed. */
	Mono<Void> delete(CurrentPrincipal principal, UUID clientId, String side) {
		return checkSide(side).then(this.transaction.transactional(this.access.toChange(principal, clientId)
			.flatMap((client) -> policyOf(client).flatMap((policy) -> this.policies.cards(policy.id())
				.filter((card) -> card.side().equals(side))
				.collectList()
				.flatMap((cards) -> cards.isEmpty() ? Mono.<Void>empty()
						: this.policies.deleteCard(policy.id(), side)
							.then(announce("insurance.card_removed", client, policy, side))
							.then(deleteAfterCommit(cards)))))));
	}

	/**
	 * Deletes the files of these cards, whose rows are going, once the current
	 * transaction commits: a rollback never leaves a row without its file.
	 */
	Mono<Void> deleteAfterCommit(List<StoredCard> cards) {
		return this.uploads.deleteAfterCommit(cards.stream().map(StoredCard::storageKey).toList());
	}

	/**
	 * Puts the card in place of the one before on the policy the file was sealed for.
	 */
	private Mono<Void> replace(ClientRef client, UUID policyId, StoredCard card, UUID by) {
		return policyOf(client).filter((policy) -> policy.id().equals(policyId))
			.switchIfEmpty(Mono.error(() -> new ProblemException(Problem.POLICY_REQUIRED,
					"The insurance policy was removed while the card was uploading")))
			.flatMap((policy) -> this.policies.cards(policy.id())
				.filter((before) -> before.side().equals(card.side()))
				.collectList()
				.flatMap((before) -> this.policies.saveCard(policy, card, by)
					.then(announce("insurance.card_added", client, policy, card.side()))
					.then(deleteAfterCommit(before))));
	}

	private Mono<StoredPolicy> policyOf(ClientRef client) {
		return this.policies.find(client.practiceId(), client.clientId())
			.switchIfEmpty(Mono.error(() -> new ProblemException(Problem.POLICY_REQUIRED,
					"Save the insurance policy before adding card images")));
	}

	private Mono<Void> announce(String kind, ClientRef client, StoredPolicy policy, String side) {
		return this.events.append(new NewEvent(kind, client.practiceId(), client.audience(), "insurance_policy",
				policy.id(), Map.of("clientId", client.clientId(), "policyId", policy.id(), "side", side)));
	}

	private static Mono<Void> checkSide(String side) {
		return SIDES.contains(side) ? Mono.empty() : NotFound.error();
	}

	/** Sealed under the policy and side: a file copied to another card does not open. */
	private static String context(UUID policyId, String side) {
		return "insurance-card:" + policyId + ":" + side;
	}

}
