package com.claimstream.coding;

/**
 * One of a client's diagnoses; position 1 is the primary diagnosis.
 *
 * @param code with its dot (F43.10)
 * @param billable false only for a code that became a category after it was added
 * @param retired whether the code left the ICD-10-CM code set after it was added
 */
public record Diagnosis(int position, String code, String description, boolean billable, boolean retired) {

}
