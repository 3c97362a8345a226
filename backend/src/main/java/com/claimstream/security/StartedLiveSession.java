package com.claimstream.security;

/** A session just started or rotated: its cookie token and its two-factor state. */
record StartedLiveSession(StartedSession started, LiveSession live) {

}
