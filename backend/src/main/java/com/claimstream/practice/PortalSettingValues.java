package com.claimstream.practice;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value for every toggle, in the published order.
 */
record PortalSettingValues(EnumMap<PortalToggle, Boolean> values) {

	static PortalSettingValues defaults() {
		EnumMap<PortalToggle, Boolean> values = new EnumMap<>(PortalToggle.class);
		for (PortalToggle toggle : PortalToggle.values()) {
			values.put(toggle, toggle.defaultValue());
		}
		return new PortalSettingValues(values);
	}

	PortalSettingValues with(Map<PortalToggle, Boolean> changes) {
		EnumMap<PortalToggle, Boolean> next = new EnumMap<>(this.values);
		next.putAll(changes);
		return new PortalSettingValues(next);
	}

	/**
	 * What the portal may do: editing insurance needs insurance to be shown at all.
	 */
	PortalSettingValues effective() {
		boolean show = this.values.get(PortalToggle.SHOW_INSURANCE);
		return show ? this : with(Map.of(PortalToggle.EDIT_INSURANCE, false));
	}

	boolean enabled(PortalToggle toggle) {
		return this.values.get(toggle);
	}

	Map<String, Boolean> wire() {
		Map<String, Boolean> wire = new LinkedHashMap<>();
		this.values.forEach((toggle, value) -> wire.put(toggle.wire(), value));
		return wire;
	}

}
