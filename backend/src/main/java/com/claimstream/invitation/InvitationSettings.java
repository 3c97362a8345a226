package com.claimstream.invitation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an invitation link works, and how often open invitations are checked for
 * expiry.
 */
@ConfigurationProperties("claimstream.invitation")
record InvitationSettings(@DefaultValue("72h") Duration expiry, @DefaultValue("30s") Duration expirySweep) {

}
