package com.claimstream.audit;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.claimstream.common.PeriodicTask;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	private static final Log logger = LogFactory.getLog(AuditConfiguration.class);

	/**
	 * Checks every hash chain now and then: a row changed or removed outside the
	 * application (a superuser with the triggers off) is reported by id.
	 */
	@Bean
	PeriodicTask auditChainCheck(AuditLog log,
			@Value("${claimstream.audit.chain-check-interval:1h}") Duration interval) {
		return new PeriodicTask("audit chain check", interval, () -> log.verify().doOnNext((broken) -> {
			if (!broken.isEmpty()) {
				logger.error("Audit log tampered with: the hash chain breaks at rows " + broken);
			}
		}));
	}

}
