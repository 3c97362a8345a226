/**
 * Email: mail queued in the transaction of the change it announces, delivered over SMTP
 * with retries when SMTP is configured, otherwise kept in the dev mailbox
 * ({@code /dev/mailbox}).
 */
@NullMarked
package com.claimstream.notification;

import org.jspecify.annotations.NullMarked;
