package com.claimstream.common;

/**
 * One invalid field of a request, as the {@code errors[]} member of a problem body.
 */
public record FieldError(String field, String message) {
}
