package com.claimstream.password;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a password reset link works.
 */
@ConfigurationProperties("claimstream.password-reset")
record PasswordResetSettings(@DefaultValue("1h") Duration expiry) {

}
