package com.claimstream.practice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.claimstream.common.FieldError;
import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;

/**
 * The portal settings of PRODUCT 5 and the one place that enforces them: every feature
 * the client portal offers calls {@link #require} for its toggle before acting for a
 * client (payments, secure messaging, self-scheduling, showing and editing insurance,
 * guardian access), so a toggle that is off refuses the API call, not only the button.
 * <p>
 * Callers pass a client they have already resolved within the practice: this service does
 * not read the {@code client} table.
 */
@Service
public class PortalSettings {

	static final String INHERIT = "inherit";

	static final String ON = "on";

	static final String OFF = "off";

	private final PortalSettingsRepository settings;

	private final Clock clock;

	PortalSettings(PortalSettingsRepository settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** Refuses with 403 {@code portal-feature-disabled} unless the toggle is on. */
	public Mono<Void> require(UUID practiceId, UUID clientId, PortalToggle toggle) {
		return isEnabled(practiceId, clientId, toggle).flatMap((enabled) -> enabled ? Mono.empty()
				: Mono.error(() -> new ProblemException(Problem.PORTAL_FEATURE_DISABLED,
						"Your practice has turned off " + describe(toggle) + " in the portal",
						Map.of("setting", toggle.wire()))));
	}

	/** Whether the toggle is on for this client: its override, else the practice's. */
	public Mono<Boolean> isEnabled(UUID practiceId, UUID clientId, PortalToggle toggle) {
		return effective(practiceId, clientId).map((values) -> values.enabled(toggle));
	}

	/** What the portal allows this client, by wire name. */
	public Mono<Map<String, Boolean>> effectiveFor(UUID practiceId, UUID clientId) {
		return effective(practiceId, clientId).map(PortalSettingValues::wire);
	}

	public Mono<Map<String, Boolean>> practiceDefaults(CurrentPrincipal principal) {
		return practiceValues(principal.requirePracticeId()).map(PortalSettingValues::wire);
	}

	/** Changes the toggles named in {@code changes}; administrators only. */
	@Transactional
	public Mono<Map<String, Boolean>> updatePracticeDefaults(CurrentPrincipal principal,
			Map<String, @Nullable Boolean> changes) {
		if (principal.role() != Role.PRACTICE_ADMIN) {
			return Mono.error(() -> new ProblemException(Problem.FORBIDDEN,
					"Only an administrator can change the portal settings of the practice"));
		}
		UUID practiceId = principal.requirePracticeId();
		return Mono.fromCallable(() -> parse(changes, PortalSettings::flag, "Choose on or off"))
			.flatMap((parsed) -> this.settings.savePractice(practiceId, parsed, this.clock.instant()))
			.then(practiceDefaults(principal));
	}

	public Mono<ClientPortalSettings> forClient(UUID practiceId, UUID clientId) {
		return practiceValues(practiceId).zipWith(this.settings.clientValues(practiceId, clientId))
			.map((both) -> view(both.getT1(), both.getT2()));
	}

	/**
	 * Replaces a client's overrides: every toggle named {@code on}, {@code off} or
	 * {@code inherit}; a toggle left out inherits.
	 */
	@Transactional
	public Mono<ClientPortalSettings> overrideForClient(UUID practiceId, UUID clientId,
			Map<String, @Nullable String> overrides) {
		return Mono.fromCallable(() -> parse(overrides, PortalSettings::override, "Choose on, off or inherit"))
			.flatMap((parsed) -> this.settings.replaceClient(practiceId, clientId, withoutInherit(parsed),
					this.clock.instant()))
			.then(forClient(practiceId, clientId));
	}

	private Mono<PortalSettingValues> effective(UUID practiceId, UUID clientId) {
		return practiceValues(practiceId).zipWith(this.settings.clientValues(practiceId, clientId))
			.map((both) -> both.getT1().with(both.getT2()).effective());
	}

	private Mono<PortalSettingValues> practiceValues(UUID practiceId) {
		return this.settings.practiceValues(practiceId).map(PortalSettingValues.defaults()::with);
	}

	private static ClientPortalSettings view(PortalSettingValues practice, Map<PortalToggle, Boolean> client) {
		Map<String, String> overrides = new LinkedHashMap<>();
		for (PortalToggle toggle : PortalToggle.values()) {
			Boolean value = client.get(toggle);
			overrides.put(toggle.wire(), (value == null) ? INHERIT : (value ? ON : OFF));
		}
		return new ClientPortalSettings(practice.wire(), overrides, practice.with(client).effective().wire());
	}

	private static Map<PortalToggle, Boolean> withoutInherit(Map<PortalToggle, Optional<Boolean>> parsed) {
		Map<PortalToggle, Boolean> overrides = new EnumMap<>(PortalToggle.class);
		parsed.forEach((toggle, value) -> value.ifPresent((enabled) -> overrides.put(toggle, enabled)));
		return overrides;
	}

	private static <V, T> Map<PortalToggle, T> parse(Map<String, @Nullable V> body,
			Function<@Nullable V, @Nullable T> read, String expected) {
		Map<PortalToggle, T> parsed = new EnumMap<>(PortalToggle.class);
		List<FieldError> errors = new ArrayList<>();
		body.forEach((name, raw) -> {
			Optional<PortalToggle> toggle = PortalToggle.fromWire(name);
			T value = read.apply(raw);
			if (toggle.isEmpty()) {
				errors.add(new FieldError(name, "There is no portal setting called " + name));
			}
			else if (value == null) {
				errors.add(new FieldError(name, expected));
			}
			else {
				parsed.put(toggle.get(), value);
			}
		});
		if (!errors.isEmpty()) {
			throw ProblemException.invalid(errors);
		}
		return parsed;
	}

	private static @Nullable Boolean flag(@Nullable Boolean value) {
		return value;
	}

	private static @Nullable Optional<Boolean> override(@Nullable String value) {
		if (value == null) {
			return null;
		}
		return switch (value) {
			case INHERIT -> Optional.empty();
			case ON -> Optional.of(true);
			case OFF -> Optional.of(false);
			default -> null;
		};
	}

	private static String describe(PortalToggle toggle) {
		return switch (toggle) {
			case PAYMENTS -> "payments";
			case SECURE_MESSAGING -> "secure messaging";
			case SELF_SCHEDULING -> "self-scheduling";
			case SHOW_INSURANCE -> "insurance details";
			case EDIT_INSURANCE -> "editing insurance";
			case GUARDIAN_ACCESS -> "access for client contacts";
			case HIDE_PRACTICE_ADDRESS -> "showing the practice address";
		};
	}

}
