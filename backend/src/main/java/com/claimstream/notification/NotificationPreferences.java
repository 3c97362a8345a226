package com.claimstream.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.claimstream.common.FieldError;
import com.claimstream.common.ProblemException;
import com.claimstream.notification.NotificationPreferenceRepository.Stored;

/**
 * A client account's notification choices: email on and text messages off until the
 * client changes them.
 */
@Service
class NotificationPreferences {

	private final NotificationPreferenceRepository preferences;

	private final SmsContacts contacts;

	private final Clock clock;

	NotificationPreferences(NotificationPreferenceRepository preferences, SmsContacts contacts, Clock clock) {
		this.preferences = preferences;
		this.contacts = contacts;
		this.clock = clock;
	}

	Mono<NotificationPreferencesView> view(UUID accountId) {
		return this.contacts.canText(accountId)
			.zipWith(choices(accountId))
			.map((both) -> new NotificationPreferencesView(both.getT1(), List.copyOf(both.getT2().values())));
	}

	@Transactional
	Mono<NotificationPreferencesView> update(UUID accountId, NotificationPreferencesUpdate update) {
		return this.contacts.canText(accountId)
			.map((canText) -> validated(update, canText))
			.flatMap((stored) -> this.preferences.save(accountId, stored, this.clock.instant()))
			.then(view(accountId));
	}

	/** Every notice with the account's choice or the default. */
	Mono<Map<ClientNotice, NoticePreference>> choices(UUID accountId) {
		return this.preferences.find(accountId).collectList().map(NotificationPreferences::choices);
	}

	/** The choices of a client who has no account yet. */
	Mono<Map<ClientNotice, NoticePreference>> defaults() {
		return Mono.just(choices(List.of()));
	}

	private static Map<ClientNotice, NoticePreference> choices(List<Stored> stored) {
		Map<ClientNotice, NoticePreference> choices = new EnumMap<>(ClientNotice.class);
		for (ClientNotice notice : ClientNotice.values()) {
			choices.put(notice, NoticePreference.of(notice, chosen(stored, notice, Channel.EMAIL).orElse(true),
					chosen(stored, notice, Channel.SMS).orElse(false)));
		}
		return choices;
	}

	private static Optional<Boolean> chosen(List<Stored> stored, ClientNotice notice, Channel channel) {
		return stored.stream()
			.filter((row) -> row.event().equals(notice.wire()) && row.channel().equals(wire(channel)))
			.map(Stored::enabled)
			.findFirst();
	}

	private static List<Stored> validated(NotificationPreferencesUpdate update, boolean canText) {
		List<FieldError> errors = new ArrayList<>();
		List<Stored> stored = new ArrayList<>();
		for (int i = 0; i < update.events().size(); i++) {
			NoticePreference choice = update.events().get(i);
			if (ClientNotice.fromWire(choice.event()).isEmpty()) {
				errors.add(
						new FieldError("events[" + i + "].event", "There is no notification called " + choice.event()));
				continue;
			}
			if (choice.enabled(Channel.SMS) && !canText) {
				errors.add(new FieldError("events[" + i + "].sms",
						"Text messages need a mobile number and SMS consent on file with your practice"));
				continue;
			}
			for (Channel channel : Channel.values()) {
				stored.add(new Stored(choice.event(), wire(channel), choice.enabled(channel)));
			}
		}
		if (!errors.isEmpty()) {
			throw ProblemException.invalid(errors);
		}
		return stored;
	}

	static String wire(Channel channel) {
		return channel.name().toLowerCase(Locale.ROOT);
	}

}
