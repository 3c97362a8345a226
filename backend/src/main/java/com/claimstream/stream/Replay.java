package com.claimstream.stream;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import com.claimstream.security.CurrentPrincipal;

/**
 * Replays what a resuming client missed: the committed events after its cursor that its
 * principal may see, in order, page by page. A cursor that does not name an event, or one
 * older than the replay window, cannot be resumed from (the client must reset).
 */
@Component
class Replay {

	private final EventRepository events;

	private final StreamSettings settings;

	private final Clock clock;

	Replay(EventRepository events, StreamSettings settings, Clock clock) {
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** The cursor to replay from; empty when the client must reset instead. */
	Mono<Cursor> resumable(String after) {
		Optional<Cursor> cursor = Cursor.parse(after);
		if (cursor.isEmpty()) {
			return Mono.empty();
		}
		Instant oldest = this.clock.instant().minus(this.settings.replayWindow());
		return this.events.occurredAt(cursor.get())
			.filter((occurredAt) -> occurredAt.isAfter(oldest))
			.map((occurredAt) -> cursor.get());
	}

	/**
	 * Every committed event after {@code cursor} that {@code principal} may see, in
	 * order: the same {@link Visibility} as live fan-out, applied to each page of the
	 * principal's practice (or account), so a page is full even when none of it is
	 * visible.
	 */
	Flux<StreamEvent> after(CurrentPrincipal principal, Cursor cursor) {
		int pageSize = this.settings.batchSize();
		return this.events.scopedAfter(principal, cursor, pageSize).collectList().flatMapMany((page) -> {
			Flux<StreamEvent> visible = Flux.fromIterable(page).filter((event) -> Visibility.sees(principal, event));
			return (page.size() < pageSize) ? visible
					: visible.concatWith(Flux.defer(() -> after(principal, last(page))));
		});
	}

	private static Cursor last(List<StreamEvent> page) {
		return page.get(page.size() - 1).cursor();
	}

}
