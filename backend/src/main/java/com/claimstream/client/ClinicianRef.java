package com.claimstream.client;

import java.util.UUID;

/**
 * The clinician a client is assigned to, as lists show it.
 */
public record ClinicianRef(UUID id, String name) {

}
