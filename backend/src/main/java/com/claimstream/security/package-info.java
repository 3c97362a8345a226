/**
 * Accounts, server-side sessions, sign-in and sign-out, CSRF and origin checks, login
 * rate limits, and the {@code CurrentPrincipal} every other feature receives. Depends
 * only on {@code common}.
 */
@NullMarked
package com.claimstream.security;

import org.jspecify.annotations.NullMarked;
