package com.claimstream.audit;

import java.util.List;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Reads audit rows straight from the table, as an auditor would: the rows written after a
 * mark, so that each test sees only what its own requests wrote.
 */
record AuditRows(DatabaseClient database) {

	long mark() {
		return this.database.sql("select coalesce(max(audit_id), 0) as last from audit_log")
			.map((row) -> row.get("last", Long.class))
			.one()
			.block();
	}

	List<Map<String, Object>> since(long mark) {
		return this.database.sql("select * from audit_log where audit_id > :mark order by audit_id")
			.bind("mark", mark)
			.fetch()
			.all()
			.collectList()
			.block();
	}

}
