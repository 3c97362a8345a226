package com.claimstream.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import com.claimstream.common.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AUTH-02: lengths, no composition rules, the shipped top-3,000 list refused in full. */
class PasswordRulesTests {

	private final Passwords passwords = new Passwords();

	@Test
	void everyPasswordOfTheTop3000ListIsRefused() throws IOException {
		List<String> list = shippedList();
		assertThat(list).hasSizeGreaterThanOrEqualTo(3000);
		for (String common : list.subList(0, 3000)) {
			assertThatThrownBy(() -> this.passwords.requireAcceptable(common)).as(common)
				.isInstanceOf(ProblemException.class);
			assertThatThrownBy(() -> this.passwords.requireAcceptable(common.toUpperCase())).as(common)
				.isInstanceOf(ProblemException.class);
		}
	}

	@Test
	void sevenCharactersAreRefusedEightAndUpTo128Accepted() {
		assertThatThrownBy(() -> this.passwords.requireAcceptable("tq7#vbn")).isInstanceOf(ProblemException.class);
		for (int length : new int[] { 8, 64, 128 }) {
			assertThatNoException().isThrownBy(() -> this.passwords.requireAcceptable(longPassword(length)));
		}
		assertThatThrownBy(() -> this.passwords.requireAcceptable(longPassword(129)))
			.isInstanceOf(ProblemException.class);
	}

	/** Lower-case letters only: no composition rules. */
	static String longPassword(int length) {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < length; i++) {
			password.append((char) ('a' + (i * 7 + i / 26) % 26));
		}
		return password.toString();
	}

	private static List<String> shippedList() throws IOException {
		try (InputStream in = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

}
