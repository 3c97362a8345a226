/**
 * Practices and their team: sign-up of a practice with its first administrator, the
 * member list. Owns the {@code practice} table; accounts themselves belong to
 * {@code security}.
 */
@NullMarked
package com.claimstream.practice;

import org.jspecify.annotations.NullMarked;
