package com.claimstream.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How one route is audited, from its line in {@code audit/routes.txt}: not at all
 * ({@code none}), as an account event ({@code account sign_in}), or as an access to
 * protected health information ({@code phi R client path:clientId}) with where its
 * subject client id comes from: a path variable, a member of the answer, the filters of a
 * list ({@code query:search,status}, names only; a {@code clientId} filter is the
 * subject), or nothing but the actor ({@code self}).
 */
record RouteClass(Kind kind, String event, @Nullable AuditAction action, @Nullable String resource, Subject subject) {

	/** Routes missing from the file are audited as reads of an unknown resource. */
	static final RouteClass UNCLASSIFIED = new RouteClass(Kind.PHI, AuditEntry.PHI_ACCESS, AuditAction.R,
			"unclassified", new Subject(Subject.Source.SELF, List.of()));

	enum Kind {

		NONE, ACCOUNT, PHI

	}

	record Subject(Source source, List<String> names) {

		enum Source {

			PATH, BODY, QUERY, SELF

		}

		static Subject parse(String spec) {
			String[] parts = spec.split(":", 2);
			Source source = Source.valueOf(parts[0].toUpperCase(Locale.ROOT));
			List<String> names = (parts.length > 1) ? Arrays.asList(parts[1].split(",")) : List.of();
			if (source != Source.SELF && names.isEmpty()) {
				throw new IllegalArgumentException("Name the " + parts[0] + " field of the subject: " + spec);
			}
			return new Subject(source, List.copyOf(names));
		}

	}

	/**
	 * Whether requests to the route change protected health information: only those run
	 * in one transaction with their audit row. Reads need none (their answer is held
	 * until the row is written), and a read kept out of a transaction cannot leave a
	 * request's connection stuck behind a query it stopped reading.
	 */
	boolean changesPhi() {
		return this.kind == Kind.PHI && this.action != null && this.action.changes();
	}

	/** One line's words after the method and path. */
	static RouteClass parse(List<String> words) {
		Kind kind = Kind.valueOf(words.get(0).toUpperCase(Locale.ROOT));
		return switch (kind) {
			case NONE -> new RouteClass(kind, "none", null, null, new Subject(Subject.Source.SELF, List.of()));
			case ACCOUNT -> new RouteClass(kind, words.get(1), null, null, new Subject(Subject.Source.SELF, List.of()));
			case PHI -> new RouteClass(kind, AuditEntry.PHI_ACCESS, AuditAction.valueOf(words.get(1)), words.get(2),
					Subject.parse(words.get(3)));
		};
	}

}
