/**
 * Practices and their team: sign-up of a practice with its first administrator, the
 * member list, the practice profile, each member's clinician profile and whether claims
 * can be generated ({@link com.claimstream.practice.ClaimReadiness}). Owns the
 * {@code practice} and {@code clinician_profile} tables; accounts themselves belong to
 * {@code security}.
 */
@NullMarked
package com.claimstream.practice;

import org.jspecify.annotations.NullMarked;
