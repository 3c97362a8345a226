package com.claimstream.notification;

/**
 * An email to send: plain text always, HTML as its twin.
 */
public record Mail(String to, String subject, String text, String html) {

}
