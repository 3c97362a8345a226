package com.claimstream.practice;

import java.util.Map;

/**
 * A client's portal settings as the client detail shows them: the practice defaults, the
 * client's overrides ({@code inherit}, {@code on}, {@code off}) and what the portal
 * effectively allows.
 */
public record ClientPortalSettings(Map<String, Boolean> practice, Map<String, String> overrides,
		Map<String, Boolean> effective) {

}
