package com.claimstream.insurance;

import reactor.core.publisher.Mono;

/**
 * Told when a client's policy is saved, inside the transaction that saves it and after
 * {@code insurance.updated} is appended: a feature that must follow every policy change
 * (benefit checks start here, PRODUCT §6) implements it as a bean. Whatever it writes
 * commits or rolls back with the policy.
 */
public interface PolicyListener {

	Mono<Void> policySaved(PolicyView policy);

}
