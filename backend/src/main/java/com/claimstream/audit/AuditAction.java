package com.claimstream.audit;

/**
 * What an access did to protected health information: create, read, update, delete,
 * export. Stored and sent as its letter.
 */
public enum AuditAction {

	C, R, U, D, E

}
