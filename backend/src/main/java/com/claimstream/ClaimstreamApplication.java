package com.claimstream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ClaimstreamApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClaimstreamApplication.class, args);
	}

}
