package com.claimstream.notification;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A client's channels for one notice, by its wire name.
 */
public record NoticePreference(@NotNull String event, @NotNull Boolean email, @NotNull Boolean sms) {

	static NoticePreference of(ClientNotice notice, boolean email, boolean sms) {
		return new NoticePreference(notice.wire(), email, sms);
	}

	boolean enabled(Channel channel) {
		@Nullable Boolean value = (channel == Channel.EMAIL) ? this.email : this.sms;
		return Boolean.TRUE.equals(value);
	}

}
