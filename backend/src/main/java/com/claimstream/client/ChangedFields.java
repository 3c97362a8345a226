package com.claimstream.client;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The names of the components whose value differs between two versions of a record, in
 * declaration order: what an edit history records (never the values, which may be PHI).
 */
final class ChangedFields {

	private ChangedFields() {
	}

	static <R extends Record> List<String> between(R before, R after) {
		List<String> changed = new ArrayList<>();
		for (RecordComponent component : before.getClass().getRecordComponents()) {
			if (!Objects.equals(value(component, before), value(component, after))) {
				changed.add(component.getName());
			}
		}
		return changed;
	}

	private static @Nullable Object value(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component.getName(), ex);
		}
	}

}
