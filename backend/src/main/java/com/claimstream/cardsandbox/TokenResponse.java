package com.claimstream.cardsandbox;

/**
 * The tokenize answer, as a hosted card field hands it to the page: the token and what to
 * show of the card.
 */
record TokenResponse(String token, String brand, String last4, int expMonth, int expYear, String funding) {
}
