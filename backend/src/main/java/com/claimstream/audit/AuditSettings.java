package com.claimstream.audit;

import java.time.LocalDate;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long audit rows are kept (HIPAA 164.316(b)(2): six years; RELIABILITY AUD-07). Rows
 * are never deleted automatically (the table refuses deletes); this is the floor an
 * archival job must honour, and a shorter setting stops the application at startup.
 */
@ConfigurationProperties("claimstream.audit")
record AuditSettings(@DefaultValue("6y") Period retention) {

	static final Period MINIMUM_RETENTION = Period.ofYears(6);

	AuditSettings {
		// compared as dates, so that 2190d and 72m count like 6y
		LocalDate start = LocalDate.of(2000, 1, 1);
		if (start.plus(retention).isBefore(start.plus(MINIMUM_RETENTION))) {
			throw new IllegalArgumentException("claimstream.audit.retention is " + retention
					+ ": audit rows must be kept at least 6 years (HIPAA 164.316(b)(2)); set 6y or more");
		}
	}

}
