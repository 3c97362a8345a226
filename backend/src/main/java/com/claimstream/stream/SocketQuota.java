package com.claimstream.stream;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code claimstream.stream.max-sockets-per-principal} open sockets per account
 * on this instance (STR-05): counted from the handshake, before the resume frame, so a
 * burst of handshakes cannot slip past the limit. Not shared between instances: behind a
 * round-robin proxy one account may hold up to this many on each (docs/decisions/0013).
 */
@Component
class SocketQuota {

	private final Map<UUID, Integer> open = new ConcurrentHashMap<>();

	private final int limit;

	SocketQuota(@Value("${claimstream.stream.max-sockets-per-principal:20}") int limit) {
		this.limit = limit;
	}

	/**
	 * A permit for one more socket of {@code accountId}, or null when it has its limit.
	 */
	@Nullable Permit tryAcquire(UUID accountId) {
		boolean[] granted = { false };
		this.open.compute(accountId, (key, count) -> {
			int current = (count != null) ? count : 0;
			granted[0] = current < this.limit;
			return granted[0] ? current + 1 : count;
		});
		return granted[0] ? new Permit(accountId) : null;
	}

	int openSockets(UUID accountId) {
		return this.open.getOrDefault(accountId, 0);
	}

	/** One socket's place in the quota, given back once however the socket ends. */
	final class Permit {

		private final UUID accountId;

		private final AtomicBoolean released = new AtomicBoolean();

		private Permit(UUID accountId) {
			this.accountId = accountId;
		}

		void release() {
			if (this.released.compareAndSet(false, true)) {
				SocketQuota.this.open.computeIfPresent(this.accountId, (key, count) -> (count > 1) ? count - 1 : null);
			}
		}

	}

}
