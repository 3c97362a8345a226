package com.claimstream.charge;

/**
 * An answer to a charge request exactly as first sent: the status and the JSON body, so
 * every retry gets the same bytes.
 */
record ChargeAnswer(int status, String body) {

}
