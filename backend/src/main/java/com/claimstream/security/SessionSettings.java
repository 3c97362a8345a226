package com.claimstream.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Session lifetimes: a session ends after {@code idle} without a request of the user, and
 * after {@code absolute} whatever the activity (HIPAA automatic logoff).
 */
@ConfigurationProperties("claimstream.session")
record SessionSettings(@DefaultValue("30m") Duration idle, @DefaultValue("12h") Duration absolute) {

}
