package com.claimstream.benefits.sandbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long the sandbox takes to answer: 1.5 s by default (the demo), none in tests. */
@ConfigurationProperties("claimstream.benefits.sandbox")
record SandboxSettings(@DefaultValue("1500ms") Duration latency) {

}
