package com.claimstream.insurance;

import org.jspecify.annotations.Nullable;

/**
 * A client's insurance as the Insurance tab and portal page show it: the primary policy
 * (null when none) and whether a reimbursement account is on file.
 */
record InsuranceView(@Nullable PolicyView policy, ReimbursementAccountStatus reimbursementAccount) {

}
