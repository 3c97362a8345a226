package com.claimstream.invitation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The token of an invitation link, as the landing page read it from the fragment.
 */
record TokenRequest(@NotBlank(message = "The link has no token") @Size(max = 200) String token) {

}
