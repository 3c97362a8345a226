package com.claimstream.practice;

/**
 * Who a claim names as its providers (PRODUCT §12): the billing practice (its name and
 * profile) and the rendering clinician's profile, any field possibly still missing.
 */
public record ClaimProviders(String practiceName, PracticeProfile practice, ClinicianProfile clinician) {

}
