package com.claimstream.security;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The second factor after the password: a TOTP code, or else a recovery code. */
record SecondFactorRequest(@Nullable @Size(max = 16) String code, @Nullable @Size(max = 32) String recoveryCode) {

}
