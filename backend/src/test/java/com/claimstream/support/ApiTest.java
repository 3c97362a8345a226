package com.claimstream.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one whole-application test configuration: the real app on a port chosen for the
 * run, a real (embedded) PostgreSQL, a real SMTP server, a movable clock. Every API,
 * stream and security test uses it, so the suite builds one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(TestEnvironment.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
// argon2 hashing makes sign-up and sign-in take seconds on a busy 2-core machine
@AutoConfigureWebTestClient(timeout = "PT30S")
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
public @interface ApiTest {

}
