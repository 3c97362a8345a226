package com.claimstream.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts secrets and account numbers before they reach the database (ARCHITECTURE §5):
 * AES-256-GCM under a key held outside the database, either
 * {@code claimstream.encryption.key} (base64 of 32 bytes) or, when that is not set, a key
 * file created on first use beside the embedded database's data directory.
 * <p>
 * Each value is sealed with a context (say {@code "totp:" + accountId}) that must be
 * given again to open it, so a ciphertext copied to another row or column does not open.
 */
@Component
public class SecretBox {

	private static final byte VERSION = 1;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final SecretKey key;

	SecretBox(@Value("${claimstream.encryption.key:}") String base64Key,
			@Value("${claimstream.encryption.key-file:data/encryption.key}") Path keyFile) {
		this.key = new SecretKeySpec(StringUtils.hasText(base64Key) ? decode(base64Key) : readOrCreate(keyFile), "AES");
	}

	/** The sealed form of {@code plaintext}: version, nonce, ciphertext and tag. */
	public byte[] seal(String plaintext, String context) {
		return seal(plaintext.getBytes(StandardCharsets.UTF_8), context);
	}

	/** The sealed form of {@code plaintext} bytes (a stored file, say). */
	public byte[] seal(byte[] plaintext, String context) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
			byte[] ciphertext = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length)
				.put(VERSION)
				.put(nonce)
				.put(ciphertext)
				.array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt", ex);
		}
	}

	/**
	 * The plaintext of a value sealed with the same context.
	 * @throws IllegalArgumentException when the value was altered, sealed under another
	 * key or with another context
	 */
	public String open(byte[] sealed, String context) {
		return new String(openBytes(sealed, context), StandardCharsets.UTF_8);
	}

	/**
	 * The plaintext bytes of a value sealed with the same context.
	 * @throws IllegalArgumentException as {@link #open}
	 */
	public byte[] openBytes(byte[] sealed, String context) {
		if (sealed.length < 1 + NONCE_BYTES || sealed[0] != VERSION) {
			throw new IllegalArgumentException("Not a sealed value");
		}
		ByteBuffer buffer = ByteBuffer.wrap(sealed, 1, sealed.length - 1);
		byte[] nonce = new byte[NONCE_BYTES];
		buffer.get(nonce);
		byte[] ciphertext = new byte[buffer.remaining()];
		buffer.get(ciphertext);
		try {
			return cipher(Cipher.DECRYPT_MODE, nonce, context).doFinal(ciphertext);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("Sealed value does not open with this key and context", ex);
		}
	}

	private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	private static byte[] decode(String base64Key) {
		byte[] bytes = Base64.getDecoder().decode(base64Key.trim());
		if (bytes.length != 32) {
			throw new IllegalStateException("claimstream.encryption.key must be 32 bytes in base64");
		}
		return bytes;
	}

	private static byte[] readOrCreate(Path keyFile) {
		try {
			if (Files.exists(keyFile)) {
				return decode(Files.readString(keyFile));
			}
			byte[] bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			Path directory = keyFile.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Files.writeString(keyFile, Base64.getEncoder().encodeToString(bytes), StandardOpenOption.CREATE_NEW);
			trySetOwnerOnly(keyFile);
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the encryption key file " + keyFile, ex);
		}
	}

	private static void trySetOwnerOnly(Path keyFile) throws IOException {
		try {
			Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the directory's permissions apply
		}
	}

}
