package com.claimstream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.claimstream.coding.Icd10ImportCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ClaimstreamApplication {

	public static void main(String[] args) {
		if (Icd10ImportCommand.isCommand(args)) {
			System.exit(Icd10ImportCommand.run(ClaimstreamApplication.class, args, System.out));
		}
		SpringApplication.run(ClaimstreamApplication.class, args);
	}

}
