package com.claimstream.stream;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A place in the stream: the writing transaction's id and the row's position within the
 * outbox. Events are delivered in this order, which is commit-safe because only rows of
 * finished transactions ({@code txid < pg_snapshot_xmin}) are ever read. On the wire it
 * is the opaque string {@code "<txid>-<position>"}.
 */
record Cursor(long txid, long position) implements Comparable<Cursor> {

	static final Cursor START = new Cursor(0, 0);

	private static final Pattern WIRE = Pattern.compile("([0-9]{1,18})-([0-9]{1,18})");

	static Optional<Cursor> parse(@Nullable String wire) {
		if (wire == null) {
			return Optional.empty();
		}
		Matcher matcher = WIRE.matcher(wire);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new Cursor(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))));
	}

	boolean isAfter(Cursor other) {
		return compareTo(other) > 0;
	}

	@Override
	public int compareTo(Cursor other) {
		int byTransaction = Long.compare(this.txid, other.txid);
		return (byTransaction != 0) ? byTransaction : Long.compare(this.position, other.position);
	}

	@Override
	public String toString() {
		return this.txid + "-" + this.position;
	}

}
