package com.claimstream.notification;

/**
 * Where a client notification goes. Email is on by default for every notice, text
 * messages only once the client turns them on.
 */
public enum Channel {

	EMAIL, SMS

}
