package com.claimstream;

import reactor.netty.ReactorNetty;

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
		if (System.getProperty(ReactorNetty.REACTOR_NETTY_SEND_MAX_PREFETCH_SIZE) == null) {
			// frames a socket's send queue takes ahead of the write: 128 by default, a
			// quarter of a kilobyte of heap per idle stream socket over 32; the stream's
			// own
			// buffer holds the rest (docs/decisions/0023)
			System.setProperty(ReactorNetty.REACTOR_NETTY_SEND_MAX_PREFETCH_SIZE, "32");
		}
		SpringApplication.run(ClaimstreamApplication.class, args);
	}

}
