package com.claimstream.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SecretBoxTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@TempDir
	Path directory;

	@Test
	void opensWhatItSealedWithTheSameContext() {
		SecretBox box = new SecretBox(KEY, this.directory.resolve("unused.key"));
		byte[] sealed = box.seal("JBSWY3DPEHPK3PXP", "totp:1");
		assertThat(new String(sealed)).doesNotContain("JBSWY3DPEHPK3PXP");
		assertThat(box.open(sealed, "totp:1")).isEqualTo("JBSWY3DPEHPK3PXP");
		assertThat(box.seal("JBSWY3DPEHPK3PXP", "totp:1")).isNotEqualTo(sealed);
	}

	@Test
	void refusesAnotherContextAnAlteredValueAndAnotherKey() {
		SecretBox box = new SecretBox(KEY, this.directory.resolve("unused.key"));
		byte[] sealed = box.seal("021000021", "bank:1");
		assertThatIllegalArgumentException().isThrownBy(() -> box.open(sealed, "bank:2"));
		byte[] altered = sealed.clone();
		altered[altered.length - 1] ^= 1;
		assertThatIllegalArgumentException().isThrownBy(() -> box.open(altered, "bank:1"));
		SecretBox other = new SecretBox("", this.directory.resolve("other.key"));
		assertThatIllegalArgumentException().isThrownBy(() -> other.open(sealed, "bank:1"));
	}

	@Test
	void createsAKeyFileOnceAndReadsItOnTheNextStart() throws Exception {
		Path keyFile = this.directory.resolve("data/encryption.key");
		byte[] sealed = new SecretBox("", keyFile).seal("secret", "ctx");
		assertThat(Files.readString(keyFile)).hasSize(44);
		assertThat(new SecretBox("", keyFile).open(sealed, "ctx")).isEqualTo("secret");
	}

	@Test
	void refusesAKeyOfTheWrongLength() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16]), this.directory));
	}

}
