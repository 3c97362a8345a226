/**
 * The audit log (ARCHITECTURE 5, ADR 0011): one append-only, hash-chained row per access
 * to a client's protected health information and per account event (sign-in, sign-out,
 * password change and reset, session timeout, invitation accept), written by a web filter
 * from the route classification in {@code audit/routes.txt} before any response byte
 * leaves; the administrators' review and CSV export. Owns the {@code audit_log} table.
 */
@NullMarked
package com.claimstream.audit;

import org.jspecify.annotations.NullMarked;
