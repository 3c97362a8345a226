package com.claimstream.notification;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The body of a preferences change: the notices named change, the others stay. */
public record NotificationPreferencesUpdate(@NotNull List<@Valid @NotNull NoticePreference> events) {

}
