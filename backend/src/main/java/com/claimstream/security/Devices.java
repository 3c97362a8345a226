package com.claimstream.security;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A short human name for the device of a user agent ("Firefox on Windows"), enough for
 * someone to recognise their own sign-ins; never used for any decision.
 */
final class Devices {

	// Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
	private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("Edg/", "Edge"),
			Map.entry("OPR/", "Opera"), Map.entry("Firefox/", "Firefox"), Map.entry("Chrome/", "Chrome"),
			Map.entry("Safari/", "Safari"));

	private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("Android", "Android"),
			Map.entry("iPhone", "iPhone"), Map.entry("iPad", "iPad"), Map.entry("Windows", "Windows"),
			Map.entry("Mac OS X", "macOS"), Map.entry("CrOS", "ChromeOS"), Map.entry("Linux", "Linux"));

	private Devices() {
	}

	static String describe(@Nullable String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "Unknown device";
		}
		String browser = first(BROWSERS, userAgent);
		String system = first(SYSTEMS, userAgent);
		if (browser == null && system == null) {
			return (userAgent.length() > 60) ? userAgent.substring(0, 60) + "…" : userAgent;
		}
		if (browser == null || system == null) {
			return (browser != null) ? browser : system;
		}
		return browser + " on " + system;
	}

	private static @Nullable String first(List<Map.Entry<String, String>> names, String userAgent) {
		return names.stream()
			.filter((entry) -> userAgent.contains(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

}
