package com.claimstream.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * What the whole-app tests run against besides the embedded PostgreSQL: a real SMTP
 * server (GreenMail), a real clamd scanning uploads ({@link Clamd}) and fixed ports
 * chosen before the context starts, so the application's allowed origin and email links
 * name the port a browser will use.
 */
public final class TestEnvironment implements BeforeAllCallback, TestInstancePreConstructCallback {

	private static GreenMail mail;

	private static int serverPort;

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
	}

	/**
	 * A test class with one instance for all its tests gets its application context when
	 * the instance is made, before any {@code beforeAll}.
	 */
	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
		start();
	}

	static synchronized void start() {
		if (mail != null) {
			return;
		}
		serverPort = freePort();
		int smtpPort = freePort();
		mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		System.setProperty("server.port", String.valueOf(serverPort));
		System.setProperty("spring.mail.host", "127.0.0.1");
		System.setProperty("spring.mail.port", String.valueOf(smtpPort));
		System.setProperty("claimstream.allowed-origins", origin());
		System.setProperty("claimstream.public-url", origin());
		System.setProperty("claimstream.encryption.key", randomKey());
		System.setProperty("claimstream.upload-scan.scanner", "clamd");
		System.setProperty("claimstream.upload-scan.clamd", Clamd.start().toString());
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new java.security.SecureRandom().nextBytes(key);
		return java.util.Base64.getEncoder().encodeToString(key);
	}

	public static GreenMail mail() {
		start();
		return mail;
	}

	/** The origin of the application under test, as a browser sees it. */
	public static String origin() {
		start();
		return "http://localhost:" + serverPort;
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
