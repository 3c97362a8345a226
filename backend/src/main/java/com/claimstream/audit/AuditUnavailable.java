package com.claimstream.audit;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/**
 * The audit row could not be written: the access it would record must not happen (fail
 * closed), so the request answers 503 and none of the handler's answer leaves.
 */
final class AuditUnavailable extends ProblemException {

	AuditUnavailable() {
		super(Problem.SERVICE_UNAVAILABLE, "Please try again in a moment");
	}

}
