package com.claimstream.security;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account to create: a practice member (with its practice) or a client (without).
 */
public record NewAccount(String email, String name, String password, Role role, @Nullable UUID practiceId) {

}
