package com.claimstream.audit;

/**
 * What an access did to protected health information: create, read, update, delete,
 * export. Stored and sent as its letter.
 */
public enum AuditAction {

	C, R, U, D, E;

	/**
	 * Whether the access changes the information (its row then commits with the change).
	 */
	boolean changes() {
		return this == C || this == U || this == D;
	}

}
