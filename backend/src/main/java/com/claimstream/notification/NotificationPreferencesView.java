package com.claimstream.notification;

import java.util.List;

/**
 * The portal's notification settings: one row per notice, and whether text messages can
 * be chosen at all (a mobile number with SMS consent on file).
 */
public record NotificationPreferencesView(boolean smsAvailable, List<NoticePreference> events) {

}
